import GRDB

/// The FTS5 index over item title, summary and content: an external-content table over `item`.
/// Changes and deletions are kept in sync by triggers; new items are indexed by the writer in one
/// statement per transaction (`indexNewItems`, since v7), which costs a third of a trigger per row.
/// Skipped when the system SQLite lacks FTS5 (`Store.hasFullTextSearch` is false).
enum FullTextIndex {
    static let table = "item_fts"

    /// Whether this SQLite was compiled with FTS5.
    static func isAvailable(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") ?? false
    }

    static func createV1(_ db: Database) throws {
        guard try isAvailable(db) else { return }
        try db.execute(sql: """
            CREATE VIRTUAL TABLE item_fts USING fts5(
                title, summary, content,
                content='item', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN
                INSERT INTO item_fts(rowid, title, summary, content)
                VALUES (new.id, new.title, new.summary, new.content);
            END;
            CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN
                INSERT INTO item_fts(item_fts, rowid, title, summary, content)
                VALUES ('delete', old.id, old.title, old.summary, old.content);
            END;
            CREATE TRIGGER item_fts_update AFTER UPDATE OF title, summary, content ON item BEGIN
                INSERT INTO item_fts(item_fts, rowid, title, summary, content)
                VALUES ('delete', old.id, old.title, old.summary, old.content);
                INSERT INTO item_fts(rowid, title, summary, content)
                VALUES (new.id, new.title, new.summary, new.content);
            END;
            """)
    }

    /// v7: new items are indexed in bulk at the end of each write transaction instead of by a trigger.
    static func dropInsertTrigger(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER IF EXISTS item_fts_insert")
    }

    /// v10: FTS5 merges 16 segments of a level at a time instead of 4 (and forces a merge at 64,
    /// not 16). Merging was over half of the cost of indexing a bulk ingest; 16 is FTS5's largest
    /// `automerge`, and a query reads at most a few more segments (measured: 1.0 instead of 0.9 ms
    /// for a word in 50,000 items; indexing them 25–30% less CPU).
    static func setMergePolicy(_ db: Database) throws {
        guard try db.tableExists(table) else { return }
        try db.execute(sql: """
            INSERT INTO item_fts(item_fts, rank) VALUES ('automerge', \(automerge));
            INSERT INTO item_fts(item_fts, rank) VALUES ('crisismerge', \(crisismerge));
            """)
    }

    static let automerge = 16
    static let crisismerge = 64

    /// v11: terms pending in memory before FTS5 writes a segment: 8 MiB instead of 1. A bulk
    /// transaction (up to 2,000 items, about 5 MB of text) wrote a segment per megabyte and merged
    /// them again; now it writes about one (measured: ingest of 50,000 items without analysis, 7
    /// alternating pairs, 3.4% less CPU and 4% less wall time, the same peak memory). The daemon's
    /// transactions (100 items) never fill 1 MiB.
    static func setHashSize(_ db: Database) throws {
        guard try db.tableExists(table) else { return }
        try db.execute(sql: "INSERT INTO item_fts(item_fts, rank) VALUES ('hashsize', \(hashSize))")
    }

    static let hashSize = 8 << 20

    /// Indexes every item with an id above `lastID` (the largest id before this transaction's inserts:
    /// rowids of rows inserted in one transaction all lie above it).
    static func indexNewItems(after lastID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO item_fts(rowid, title, summary, content) SELECT id, title, summary, content FROM item WHERE id > ?
            """).execute(arguments: [lastID])
    }
}
