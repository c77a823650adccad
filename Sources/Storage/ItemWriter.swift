import Foundation
import FeedModel
import GRDB

/// The hot path of `commitFetch`: decides new / updated / unchanged per draft and writes with
/// cached prepared statements (no Codable records). Lives inside one write transaction.
struct ItemWriter {
    let db: Database
    let feedID: Int64
    let at: Date
    /// Whether the full-text index exists and follows the items written here.
    let indexing: Bool

    init(db: Database, feedID: Int64, at: Date, indexing: Bool) {
        self.db = db
        self.feedID = feedID
        self.at = at
        self.indexing = indexing
    }

    /// Stores `drafts` (the later of two drafts with one identity key wins) and counts what changed.
    /// Also returns the row id of each new or updated item by identity key.
    /// The changes to the full-text index come back rather than being made: FTS5 writes its pending
    /// terms out at every savepoint's end, so the caller applies them once its savepoints are done
    /// (`FullTextIndex.apply`).
    func store(_ drafts: [ItemDraft]) throws -> (StoreCounts, [String: Int64], [SearchChange]) {
        let unique = Self.lastPerKey(drafts)
        var counts = StoreCounts(seen: unique.count)
        var ids: [String: Int64] = [:]
        // A feed's first fetch (nothing stored, nothing deleted): every draft is new, no lookups needed.
        let fresh = try isFresh()
        var search: [SearchChange] = []
        // By index: `for draft in unique` copied each draft (a retain and a release of each of its
        // strings); an element passed straight to a function is borrowed from the array.
        for index in unique.indices {
            let key = unique[index].identityKey
            switch fresh ? nil : try existing(key) {
            case .some(let row) where row.hash == unique[index].contentHash:
                continue
            case .some(let row):
                if let change = try update(unique[index], itemID: row.id) { search.append(change) }
                try storeAnalysis(unique[index], itemID: row.id, replacing: true)
                ids[key] = row.id
                counts.updated += 1
            case .none:
                guard try fresh || !isTombstoned(key) else { continue }
                try insert(unique[index])
                let id = db.lastInsertedRowID
                if indexing { search.append(SearchChange(itemID: id, old: nil, new: Self.searchDocument(unique[index]))) }
                try storeAnalysis(unique[index], itemID: id, replacing: false)
                ids[key] = id
                counts.new += 1
            }
        }
        return (counts, ids, search)
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

    /// The draft's search document: the one the pipeline made, else made now.
    static func searchDocument(_ draft: ItemDraft) -> SearchDocument {
        let entry = draft.entry
        guard let given = draft.search else {
            return SearchDocument(title: entry.title, summary: entry.summary, content: entry.content)
        }
        // The index can only forget the exact document it took: one made from other text than the
        // entry's would corrupt it at the item's next change. (Checked in debug builds and tests.)
        assert(given == SearchDocument(title: entry.title, summary: entry.summary, content: entry.content),
               "the draft's search document does not match its entry")
        return given
    }

    /// Rewrites the item; returns the index change (the old search document out, the new one in).
    private func update(_ draft: ItemDraft, itemID: Int64) throws -> SearchChange? {
        var document: SearchDocument?
        if indexing {
            let old = try RawStatement(db, "SELECT title, summary, content FROM item WHERE id = ?")
            old.bind(1, itemID)
            try old.forEachRow { document = SearchDocument(title: old.string(0), summary: old.string(1), content: old.string(2)) }
        }
        let statement = try db.cachedStatement(sql: """
            UPDATE item SET guid = ?, url = ?, title = ?, author = ?, published_at = ?, updated_at = ?,
                            summary = ?, content = ?, categories = ?, enclosures = ?, content_hash = ?,
                            last_changed_at = ?, revision = revision + 1
            WHERE feed_id = ? AND identity_key = ?
            """)
        try statement.execute(arguments: fields(draft) + [DateColumn.value(at), feedID, draft.identityKey])
        return indexing ? SearchChange(itemID: itemID, old: document, new: Self.searchDocument(draft)) : nil
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
