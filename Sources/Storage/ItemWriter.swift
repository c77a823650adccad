import Foundation
import FeedModel
import GRDB

/// The hot path of `commitFetch`: decides new / updated / unchanged per draft and writes with
/// cached prepared statements (no Codable records). Lives inside one write transaction.
struct ItemWriter {
    let db: Database
    let feedID: Int64
    let at: Date

    init(db: Database, feedID: Int64, at: Date) {
        self.db = db
        self.feedID = feedID
        self.at = at
    }

    /// Stores `drafts` (the later of two drafts with one identity key wins) and counts what changed.
    /// Also returns the row id of each new or updated item by identity key.
    func store(_ drafts: [ItemDraft]) throws -> (StoreCounts, [String: Int64]) {
        let unique = Self.lastPerKey(drafts)
        var counts = StoreCounts(seen: unique.count)
        var ids: [String: Int64] = [:]
        // A feed's first fetch (nothing stored, nothing deleted): every draft is new, no lookups needed.
        let fresh = try isFresh()
        // By index: `for draft in unique` copied each draft (a retain and a release of each of its
        // strings); an element passed straight to a function is borrowed from the array.
        for index in unique.indices {
            let key = unique[index].identityKey
            switch fresh ? nil : try existing(key) {
            case .some(let row) where row.hash == unique[index].contentHash:
                continue
            case .some(let row):
                try update(unique[index])
                try storeAnalysis(unique[index], itemID: row.id, replacing: true)
                ids[key] = row.id
                counts.updated += 1
            case .none:
                guard try fresh || !isTombstoned(key) else { continue }
                try insert(unique[index])
                let id = db.lastInsertedRowID
                try storeAnalysis(unique[index], itemID: id, replacing: false)
                ids[key] = id
                counts.new += 1
            }
        }
        return (counts, ids)
    }

    /// One draft per identity key, the last one given, in order of first appearance.
    static func lastPerKey(_ drafts: [ItemDraft]) -> [ItemDraft] {
        // The common case, every key once: the array as it is (copying each draft cost a retain
        // and a release of each of its strings, a twentieth of the writer's time).
        var keys = Set<String>(minimumCapacity: drafts.count)
        guard !drafts.allSatisfy({ keys.insert($0.identityKey).inserted }) else { return drafts }
        var index: [String: Int] = [:]
        var result: [ItemDraft] = []
        result.reserveCapacity(drafts.count)
        for draft in drafts {
            if let position = index[draft.identityKey] {
                result[position] = draft
            } else {
                index[draft.identityKey] = result.count
                result.append(draft)
            }
        }
        return result
    }

    private func existing(_ key: String) throws -> (id: Int64, hash: String)? {
        let statement = try RawStatement(db, "SELECT id, content_hash FROM item WHERE feed_id = ? AND identity_key = ?")
        statement.bind(1, feedID)
        statement.bind(2, key)
        var found: (id: Int64, hash: String)?
        try statement.forEachRow { found = (statement.int64(0), statement.string(1) ?? "") }
        return found
    }

    /// Stores the draft's analysis; a changed item without one loses its stale analysis.
    private func storeAnalysis(_ draft: ItemDraft, itemID: Int64, replacing: Bool) throws {
        let writer = AnalysisWriter(db: db, at: at)
        if let analysis = draft.analysis {
            try writer.replace(itemID: itemID, with: analysis, isNew: !replacing)
        } else if replacing, try writer.removeRows(itemID: itemID) {
            try writer.adjustCorpusCount(by: -1)
        }
    }

    private func isFresh() throws -> Bool {
        let statement = try db.cachedStatement(sql: """
            SELECT NOT EXISTS (SELECT 1 FROM item WHERE feed_id = ?1) AND NOT EXISTS (SELECT 1 FROM tombstone WHERE feed_id = ?1)
            """)
        return try Bool.fetchOne(statement, arguments: [feedID]) ?? false
    }

    private func isTombstoned(_ key: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "SELECT 1 FROM tombstone WHERE feed_id = ? AND identity_key = ?")
        return try Bool.fetchOne(statement, arguments: [feedID, key]) != nil
    }

    private func insert(_ draft: ItemDraft) throws {
        let statement = try RawStatement(db, """
            INSERT INTO item (feed_id, identity_key, guid, url, title, author, published_at, updated_at,
                              summary, content, categories, enclosures, content_hash,
                              first_seen_at, last_changed_at, revision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """)
        let entry = draft.entry
        statement.bind(1, feedID)
        statement.bind(2, draft.identityKey)
        statement.bind(3, entry.guid)
        statement.bind(4, entry.link)
        statement.bind(5, entry.title)
        statement.bind(6, entry.author)
        statement.bind(7, entry.published)
        statement.bind(8, entry.updated)
        statement.bind(9, entry.summary)
        statement.bind(10, entry.content)
        statement.bind(11, ListColumns.categories(entry.categories))
        statement.bind(12, ListColumns.enclosures(entry.enclosures))
        statement.bind(13, draft.contentHash)
        statement.bind(14, at)
        statement.bind(15, at)
        try statement.execute()
    }

    private func update(_ draft: ItemDraft) throws {
        let statement = try db.cachedStatement(sql: """
            UPDATE item SET guid = ?, url = ?, title = ?, author = ?, published_at = ?, updated_at = ?,
                            summary = ?, content = ?, categories = ?, enclosures = ?, content_hash = ?,
                            last_changed_at = ?, revision = revision + 1
            WHERE feed_id = ? AND identity_key = ?
            """)
        try statement.execute(arguments: fields(draft) + [DateColumn.value(at), feedID, draft.identityKey])
    }

    /// The revisable columns, in the order both statements list them.
    private func fields(_ draft: ItemDraft) -> StatementArguments {
        let entry = draft.entry
        return [
            entry.guid, entry.link, entry.title, entry.author, DateColumn.value(entry.published), DateColumn.value(entry.updated),
            entry.summary, entry.content, ListColumns.categories(entry.categories),
            ListColumns.enclosures(entry.enclosures), draft.contentHash,
        ]
    }
}
