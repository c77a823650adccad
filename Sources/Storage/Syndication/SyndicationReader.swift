import FeedModel
import Foundation
import GRDB

/// Reads candidates and memberships inside a transaction of the caller.
enum SyndicationReader {
    /// Most candidates read for one item: those sharing the most lookup keys (true copies share
    /// many: LSH bands, sentence anchors, body hash), so a boilerplate sentence shared by thousands
    /// of items does not make every item a candidate. Eight, not 32: the candidates are ranked by
    /// keys shared, so an original outranks items sharing one boilerplate key, and in a large group
    /// any copy leads to it; the store-backed evaluation is unchanged (precision and recall 1.000
    /// over 925 pairs) and each item reads a quarter of the fingerprint rows.
    static let candidateLimit = 8

    /// Most items read per lookup key (the most recent): a key shared by thousands of items (a
    /// boilerplate sentence) says little, and reading all of them made each lookup grow with the store.
    static let postingLimit = 256

    /// `keep`: a pure test on a candidate's fingerprint (e.g. "is it a copy of the new item?"). When
    /// given, only candidates it keeps are read in full (item, group and story joined); the others are
    /// dropped after a read of their fingerprint row alone. Most candidates share one boilerplate key
    /// and are no copy, so this spares the joins for nearly all of them.
    static func copyCandidates(
        _ keys: [Int64], excluding itemID: Int64, keep: ((ItemFingerprint) -> Bool)? = nil, _ db: Database
    ) throws -> [CopyCandidate] {
        guard !keys.isEmpty else { return [] }
        let posting = try RawStatement(
            db, "SELECT item_id FROM fingerprint_key WHERE key = ? ORDER BY item_id DESC LIMIT \(postingLimit)")
        var shared: [Int64: Int] = [:]
        for key in Set(keys) {
            posting.bind(1, key)
            try posting.forEachRow {
                let id = posting.int64(0)
                if id != itemID { shared[id, default: 0] += 1 }
            }
        }
        var best = topCandidates(shared, limit: candidateLimit)
        // A prepared statement per candidate id, read column by column (at most `candidateLimit`
        // each): a statement for all of them had another text for every count and went through
        // GRDB's row decoding.
        if let keep, !best.isEmpty {
            let fingerprint = try RawStatement(db, """
                SELECT item_id, canonical_url, title_key, body_hash, simhash, minhash, shingle_count, sentence_hashes
                FROM item_fingerprint WHERE item_id = ?
                """)
            best = try best.filter { id in
                fingerprint.bind(1, id)
                var kept = false
                try fingerprint.forEachRow { kept = keep(FingerprintColumns.fingerprint(fingerprint)) }
                return kept
            }
        }
        guard !best.isEmpty else { return [] }
        let candidate = try RawStatement(db, """
            SELECT fp.item_id, fp.canonical_url, fp.title_key, fp.body_hash, fp.simhash, fp.minhash, fp.shingle_count,
                   fp.sentence_hashes, i.feed_id, COALESCE(i.published_at, i.first_seen_at) AS time,
                   sm.group_id, g.canonical_item_id, COALESCE(ci.published_at, ci.first_seen_at) AS canonical_time,
                   st.story_id
            FROM item_fingerprint fp
            JOIN item i ON i.id = fp.item_id
            LEFT JOIN syndication_member sm ON sm.item_id = fp.item_id
            LEFT JOIN syndication_group g ON g.id = sm.group_id
            LEFT JOIN item ci ON ci.id = g.canonical_item_id
            LEFT JOIN story_member st ON st.item_id = fp.item_id
            WHERE fp.item_id = ?
            """)
        // Those sharing the most keys first, then the most recent.
        var found: [CopyCandidate] = []
        found.reserveCapacity(best.count)
        for id in best {
            candidate.bind(1, id)
            try candidate.forEachRow {
                guard let time = candidate.date(9) else {
                    throw StoreError(code: .corrupt, message: "item \(id) has no readable time (\(candidate.string(9) ?? "NULL"))")
                }
                found.append(CopyCandidate(
                    itemID: id, feedID: candidate.int64(8), time: time, fingerprint: FingerprintColumns.fingerprint(candidate),
                    groupID: candidate.optionalInt64(10), groupCanonicalItemID: candidate.optionalInt64(11),
                    groupCanonicalTime: candidate.date(12), storyID: candidate.optionalInt64(13)))
            }
        }
        return found
    }

    /// The ids of `shared` (id → keys shared) with the most keys, ties to the larger (more recent)
    /// id, best first; at most `limit`. A selection, not a sort of every id seen: most items share
    /// one key with thousands of others.
    static func topCandidates(_ shared: [Int64: Int], limit: Int) -> [Int64] {
        guard limit > 0 else { return [] }
        var top: [(count: Int, id: Int64)] = []
        top.reserveCapacity(limit + 1)
        for (id, count) in shared {
            if top.count == limit {
                let last = top[limit - 1]
                guard (count, id) > (last.count, last.id) else { continue }
                top.removeLast()
            }
            var index = top.count
            while index > 0, (count, id) > (top[index - 1].count, top[index - 1].id) { index -= 1 }
            top.insert((count, id), at: index)
        }
        return top.map(\.id)
    }

    /// Keys a story must share with an item to be a candidate (all of them when the item has fewer).
    static let minimumSharedKeys = 2

    /// Most members read per candidate story (the most recent).
    static let memberLimit = 5

    /// Stories sharing at least `minimumSharedKeys` keys with the item, seen within `window` of `time`:
    /// those sharing the most keys first, then the most recent; at most `limit`, each with its latest
    /// members' features.
    static func openStories(
        around time: Date, window: TimeInterval, keys: [String], limit: Int, cache: StoryMemberCache? = nil, _ db: Database
    ) throws -> [StoryCandidate] {
        guard !keys.isEmpty, limit > 0 else { return [] }
        let keys = Set(keys)
        // One indexed range read per key (story_key_recent), tallied here. A single
        // `key IN (…) GROUP BY story_id ORDER BY …` statement had a different text for every key
        // count and built two temporary b-trees per item (group and sort): measured, a quarter of
        // the syndication transaction's time on a 50,000-item ingest.
        let lookup = try RawStatement(db, """
            SELECT story_id, last_seen FROM story_key WHERE key = ? AND last_seen >= ? AND last_seen <= ?
            """)
        // The bounds as stored text, formatted once (not once per key).
        let from = time.addingTimeInterval(-window), to = time.addingTimeInterval(window)
        let fromText = DateColumn.text(from), toText = DateColumn.text(to)
        var tally: [Int64: (shared: Int, seen: Int64)] = [:]
        for key in keys {
            lookup.bind(1, key)
            if let fromText { lookup.bind(2, fromText) } else { lookup.bind(2, from) }
            if let toText { lookup.bind(3, toText) } else { lookup.bind(3, to) }
            try lookup.forEachRow {
                let story = lookup.int64(0), seen = lookup.dateDigits(1)
                if let found = tally[story] {
                    tally[story] = (found.shared + 1, max(found.seen, seen))
                } else {
                    tally[story] = (1, seen)
                }
            }
        }
        let needed = min(minimumSharedKeys, keys.count)
        // Most keys shared first, then the most recently seen, then the oldest story.
        let chosen = tally.filter { $0.value.shared >= needed }
            .sorted { a, b in
                if a.value.shared != b.value.shared { return a.value.shared > b.value.shared }
                if a.value.seen != b.value.seen { return a.value.seen > b.value.seen }
                return a.key < b.key
            }
            .prefix(limit)
        guard !chosen.isEmpty else { return [] }
        let story = try RawStatement(db, "SELECT last_seen FROM story WHERE id = ?")
        var stories: [(id: Int64, lastSeen: Date)] = []
        for (id, _) in chosen {
            story.bind(1, id)
            var found: Result<Date, StoreError>?
            try story.forEachRow {
                // Decoded as GRDB decodes a stored date; an unreadable one means a damaged database.
                found = story.date(0).map { .success($0) }
                    ?? .failure(StoreError(code: .corrupt, message: "story \(id) has no readable last_seen (\(story.string(0) ?? "NULL"))"))
            }
            guard let found else { continue }
            stories.append((id, try found.get()))
        }
        let ids = stories.map(\.id)
        var members = try cache?.members(of: ids, db) ?? latestMembers(of: ids, db)
        return stories.map { story in
            StoryCandidate(storyID: story.id, lastSeen: story.lastSeen, members: members.removeValue(forKey: story.id) ?? [])
        }
    }

    /// The `memberLimit` latest members of each story, with their features: one indexed query per
    /// story, so the cost does not grow with the story's size.
    static func latestMembers(of storyIDs: [Int64], _ db: Database) throws -> [Int64: [StoryMember]] {
        let statement = try db.cachedStatement(sql: """
            SELECT i.id, i.title, COALESCE(i.published_at, i.first_seen_at) AS time,
                   fp.entity_hashes, fp.keyphrase_hashes, fp.stem_vector,
                   CASE WHEN fp.stem_vector IS NULL THEN fp.stems END AS stems,
                   CASE WHEN fp.entity_hashes IS NULL THEN fp.entity_keys END AS entity_keys,
                   CASE WHEN fp.keyphrase_hashes IS NULL THEN fp.keyphrase_keys END AS keyphrase_keys
            FROM story_member sm JOIN item i ON i.id = sm.item_id
            LEFT JOIN item_fingerprint fp ON fp.item_id = sm.item_id
            WHERE sm.story_id = ? ORDER BY sm.item_id DESC LIMIT ?
            """)
        var members: [Int64: [StoryMember]] = [:]
        for id in storyIDs {
            members[id] = try Row.fetchAll(statement, arguments: [id, memberLimit]).map {
                // Columns by position (the SELECT above): a lookup by name lowercases the name each time.
                StoryMember(itemID: $0[0], title: $0[1], time: $0[2], features: FingerprintColumns.features($0))
            }
        }
        return members
    }

    static func membership(_ itemID: Int64, _ db: Database) throws -> ItemSyndication {
        let statement = try RawStatement(db, """
            SELECT sm.group_id, g.canonical_item_id, sm.is_variant, st.story_id FROM item i
            LEFT JOIN syndication_member sm ON sm.item_id = i.id LEFT JOIN syndication_group g ON g.id = sm.group_id
            LEFT JOIN story_member st ON st.item_id = i.id WHERE i.id = ?
            """)
        statement.bind(1, itemID)
        var membership = ItemSyndication(itemID: itemID)
        try statement.forEachRow {
            membership = ItemSyndication(
                itemID: itemID, groupID: statement.optionalInt64(0), canonicalItemID: statement.optionalInt64(1),
                isVariant: statement.int64(2) != 0, storyID: statement.optionalInt64(3))
        }
        return membership
    }
}
