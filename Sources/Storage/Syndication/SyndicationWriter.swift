import FeedModel
import Foundation
import GRDB

/// Writes fingerprints and applies the engine's decisions inside a transaction of the caller.
struct SyndicationWriter {
    /// The item being syndicated: its feed, time (published, else first seen) and title.
    struct Subject {
        var itemID: Int64
        var feedID: Int64
        var time: Date
        var title: String?
        /// `time` as stored (GRDB's date text): bound as text, so a statement does not format the
        /// date again (Foundation's formatter costs microseconds, and an item binds it ~20 times).
        var timeText: String
    }

    let db: Database
    let subject: Subject
    /// Keyphrase and entity keys of the item, indexed per story.
    let storyKeys: [String]
    /// The transaction's story member cache, and the item as a member (features as stored).
    var cache: (StoryMemberCache, StoryMember)? = nil

    static func subject(_ itemID: Int64, _ db: Database) throws -> Subject {
        let statement = try RawStatement(db, """
            SELECT feed_id, COALESCE(published_at, first_seen_at) AS time, title FROM item WHERE id = ?
            """)
        statement.bind(1, itemID)
        var found: (feedID: Int64, timeText: String?, title: String?)?
        try statement.forEachRow { found = (statement.int64(0), statement.string(1), statement.string(2)) }
        guard let found else { throw StoreError(code: .notFound, message: "no item with id \(itemID); commit the fetch first") }
        // The stored date text, decoded as GRDB decodes it (and written back in the one form it writes).
        guard let stored = found.timeText, let time = Date.fromDatabaseValue(stored.databaseValue) else {
            throw StoreError(code: .corrupt, message: "item \(itemID) has no readable time (\(found.timeText ?? "NULL"))")
        }
        return Subject(itemID: itemID, feedID: found.feedID, time: time, title: found.title, timeText: DateColumn.text(time) ?? stored)
    }

    /// Replaces the item's fingerprint, features and lookup keys.
    static func saveFingerprint(_ itemID: Int64, _ fingerprint: ItemFingerprint, _ features: StoryFeatures, _ db: Database) throws {
        let columns = FingerprintColumns.columns(features)
        let save = try RawStatement(db, """
            INSERT OR REPLACE INTO item_fingerprint (item_id, canonical_url, title_key, body_hash, simhash, minhash,
                shingle_count, sentence_hashes, entity_keys, keyphrase_keys, stem_vector, entity_hashes, keyphrase_hashes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        save.bind(1, itemID)
        save.bind(2, fingerprint.canonicalURL)
        save.bind(3, fingerprint.titleKey)
        save.bind(4, fingerprint.bodyHash)
        save.bind(5, fingerprint.simhash)
        save.bind(6, FingerprintColumns.blob(fingerprint.minhash))
        save.bind(7, fingerprint.shingleCount)
        save.bind(8, FingerprintColumns.blob(fingerprint.sentenceHashes))
        save.bind(9, columns.entities)
        save.bind(10, columns.keyphrases)
        save.bind(11, columns.vector)
        save.bind(12, columns.entityHashes)
        save.bind(13, columns.keyphraseHashes)
        try save.execute()
        let clear = try RawStatement(db, "DELETE FROM fingerprint_key WHERE item_id = ?")
        clear.bind(1, itemID)
        try clear.execute()
        let insert = try RawStatement(db, "INSERT OR IGNORE INTO fingerprint_key (key, item_id) VALUES (?, ?)")
        for key in fingerprint.lookupKeys {
            insert.bind(1, key)
            insert.bind(2, itemID)
            try insert.execute()
        }
    }

    func apply(_ decision: SyndicationDecision) throws {
        if let group = decision.group { try join(group) }
        switch decision.story {
        case .open: try openStory()
        case let .join(storyID, titleItemID, similarity): try joinStory(storyID, titleItemID: titleItemID, similarity: similarity)
        }
    }

    /// Adds the item to the group of its original (opening one with the original when there is none).
    func join(_ group: GroupDecision) throws {
        var groupID = group.groupID
        if groupID == nil {
            try db.cachedStatement(sql: "INSERT INTO syndication_group (canonical_item_id, created_at) VALUES (?, ?)")
                .execute(arguments: [group.canonicalItemID, subject.timeText])
            groupID = db.lastInsertedRowID
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO syndication_member (item_id, group_id, is_variant, similarity) VALUES (?, ?, 0, 1)")
                .execute(arguments: [group.copyOf, groupID])
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO syndication_member (item_id, group_id, is_variant, similarity) VALUES (?, ?, ?, ?)")
            .execute(arguments: [subject.itemID, groupID, group.isVariant, group.similarity])
        try db.cachedStatement(sql: "UPDATE syndication_group SET canonical_item_id = ? WHERE id = ?")
            .execute(arguments: [group.canonicalItemID, groupID])
        // The original now counts as its group in its story, if it has one.
        try refreshSource(of: group.copyOf)
    }

    /// What an item counts as among a story's sources: its syndication group, else its feed.
    func source(of itemID: Int64) throws -> String? {
        let statement = try RawStatement(db, """
            SELECT COALESCE('g' || m.group_id, 'f' || i.feed_id) FROM item i
            LEFT JOIN syndication_member m ON m.item_id = i.id WHERE i.id = ?
            """)
        statement.bind(1, itemID)
        var source: String?
        try statement.forEachRow { source = statement.string(0) }
        return source
    }

    /// Re-derives a story member's source after it joined a group, recounting its story's sources.
    func refreshSource(of itemID: Int64) throws {
        guard let storyID = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT story_id FROM story_member WHERE item_id = ?"), arguments: [itemID])
        else { return }
        try db.cachedStatement(sql: "UPDATE story_member SET source = ? WHERE item_id = ?")
            .execute(arguments: [try source(of: itemID), itemID])
        try db.cachedStatement(sql: """
            UPDATE story SET source_count = (SELECT COUNT(DISTINCT source) FROM story_member WHERE story_id = :id) WHERE id = :id
            """).execute(arguments: ["id": storyID])
    }

    func openStory() throws {
        try db.cachedStatement(sql: """
            INSERT INTO story (title, title_item_id, first_seen, last_seen, item_count, source_count)
            VALUES (?, ?, ?, ?, 1, 1)
            """).execute(arguments: [subject.title, subject.itemID, subject.timeText, subject.timeText])
        let storyID = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO story_member (item_id, story_id, similarity, source) VALUES (?, ?, NULL, ?)")
            .execute(arguments: [subject.itemID, storyID, try source(of: subject.itemID)])
        if let (cache, member) = cache { cache.added(member, to: storyID, opened: true) }
        try indexKeys(storyID)
    }

    /// Records the item's keys for its story (keeping the latest time per key). A key already seen
    /// there as late is left alone: no row and no index entry is rewritten (in a bulk ingest, items
    /// arrive out of time order, and a story's keys repeat from item to item).
    func indexKeys(_ storyID: Int64) throws {
        let statement = try RawStatement(db, """
            INSERT INTO story_key (key, story_id, last_seen) VALUES (?, ?, ?)
            ON CONFLICT (key, story_id) DO UPDATE SET last_seen = excluded.last_seen
                WHERE excluded.last_seen > story_key.last_seen
            """)
        for key in Set(storyKeys) {
            statement.bind(1, key)
            statement.bind(2, storyID)
            statement.bind(3, subject.timeText)
            try statement.execute()
        }
    }

    /// Adds the item and refreshes the story's span, counts and (when given) title. The counts move
    /// by what the item adds (one item; one source unless the story has it already), so a join
    /// costs the same in a story of five items as in one of five thousand.
    func joinStory(_ storyID: Int64, titleItemID: Int64?, similarity: Double) throws {
        let source = try source(of: subject.itemID)
        let current = try RawStatement(db, "SELECT story_id FROM story_member WHERE item_id = ?")
        current.bind(1, subject.itemID)
        let previous = try current.firstInt64()
        let member = try RawStatement(db, "INSERT OR REPLACE INTO story_member (item_id, story_id, similarity, source) VALUES (?, ?, ?, ?)")
        member.bind(1, subject.itemID)
        member.bind(2, storyID)
        member.bind(3, similarity)
        member.bind(4, source)
        try member.execute()
        if let (cache, member) = cache {
            if let previous, previous != storyID { cache.forget(previous) }
            cache.added(member, to: storyID, opened: false)
        }
        let update = try RawStatement(db, """
            UPDATE story SET
                first_seen = MIN(first_seen, ?1), last_seen = MAX(last_seen, ?1),
                item_count = item_count + ?6,
                source_count = source_count + NOT EXISTS (
                    SELECT 1 FROM story_member WHERE story_id = ?2 AND source = ?4 AND item_id != ?5),
                title_item_id = COALESCE(?3, title_item_id),
                title = COALESCE((SELECT title FROM item WHERE id = ?3), title)
            WHERE id = ?2
            """)
        update.bind(1, subject.timeText)
        update.bind(2, storyID)
        update.bind(3, titleItemID)
        update.bind(4, source)
        update.bind(5, subject.itemID)
        update.bind(6, previous == storyID ? 0 : 1)
        try update.execute()
        try indexKeys(storyID)
    }
}
