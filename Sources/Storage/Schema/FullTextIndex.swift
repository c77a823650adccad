import FeedModel
import GRDB

/// The FTS5 index over item title, summary and content (`item_fts`, rowid = item id).
///
/// Since v12 it is contentless (`content=''`) and holds each item's `SearchDocument`: the text a
/// reader sees, not the markup. The writer indexes a new item's document in the statement after its
/// row, and takes an entry out with the document recomputed from the stored item before it changes
/// or goes (`ItemWriter`, `Store.prune`). Before v12 it was an external-content table over `item`
/// kept by triggers; those migration steps stay because migrations replay history.
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

    /// v12: the contentless index of search documents replaces the external-content one; every
    /// stored item is indexed again.
    static func makeContentless(_ db: Database) throws {
        guard try isAvailable(db) else { return }
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS item_fts_insert;
            DROP TRIGGER IF EXISTS item_fts_delete;
            DROP TRIGGER IF EXISTS item_fts_update;
            DROP TABLE IF EXISTS item_fts;
            CREATE VIRTUAL TABLE item_fts USING fts5(
                title, summary, content, content='', tokenize='\(tokenizer)'
            );
            """)
        try setMergePolicy(db)
        try setHashSize(db)
        // The document version the index holds (v12 made version 1 documents).
        try db.execute(sql: "CREATE TABLE search_document (version INTEGER NOT NULL); INSERT INTO search_document VALUES (1)")
        try indexAll(db)
    }

    /// Indexes every stored item's document.
    private static func indexAll(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, title, summary, content FROM item ORDER BY id")
        while let row = try rows.next() {
            try add(row[0], SearchDocument(title: row[1], summary: row[2], content: row[3]), db)
        }
    }

    /// Whether the index holds documents of another version than this wirewatch makes.
    static func isStale(_ db: Database) throws -> Bool {
        guard try db.tableExists("search_document"), try db.tableExists(table) else { return false }
        return try Int.fetchOne(db, sql: "SELECT version FROM search_document") != SearchDocument.version
    }

    /// Empties the index and indexes every item again when its documents are of another version
    /// (their text can no longer be recomputed to take them out).
    static func reindexIfStale(_ db: Database) throws {
        guard try isStale(db) else { return }
        try db.execute(sql: "INSERT INTO item_fts(item_fts) VALUES ('delete-all')")
        try indexAll(db)
        try db.execute(sql: "DELETE FROM search_document")
        try db.execute(sql: "INSERT INTO search_document VALUES (?)", arguments: [SearchDocument.version])
    }

    /// Diacritics and case folded: "empfangt" finds "empfängt".
    static let tokenizer = "unicode61 remove_diacritics 2"

    /// Indexes `document` as item `itemID`.
    static func add(_ itemID: Int64, _ document: SearchDocument, _ db: Database) throws {
        let insert = try RawStatement(db, "INSERT INTO item_fts(rowid, title, summary, content) VALUES (?, ?, ?, ?)")
        insert.bind(1, itemID)
        insert.bind(2, document.title)
        insert.bind(3, document.summary)
        insert.bind(4, document.content)
        try insert.execute()
    }

    /// Takes item `itemID` out of the index, given the document it was indexed with.
    static func remove(_ itemID: Int64, _ document: SearchDocument, _ db: Database) throws {
        let delete = try RawStatement(db, """
            INSERT INTO item_fts(item_fts, rowid, title, summary, content) VALUES ('delete', ?, ?, ?, ?)
            """)
        delete.bind(1, itemID)
        delete.bind(2, document.title)
        delete.bind(3, document.summary)
        delete.bind(4, document.content)
        try delete.execute()
    }

    /// Takes out the entries of the items `condition` selects (SQL over `item`, e.g. for a prune),
    /// before they are deleted: their documents are recomputed from the stored text.
    static func removeItems(where condition: String, arguments: StatementArguments, _ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, title, summary, content FROM item WHERE \(condition)", arguments: arguments)
        while let row = try rows.next() {
            try remove(row[0], SearchDocument(title: row[1], summary: row[2], content: row[3]), db)
        }
    }

    /// Makes `changes` in order: each old document out, then its new one in.
    static func apply(_ changes: [SearchChange], _ db: Database) throws {
        for change in changes {
            if let old = change.old { try remove(change.itemID, old, db) }
            if let new = change.new { try add(change.itemID, new, db) }
        }
    }

    /// Checks the index's internal consistency (FTS5's integrity check); throws when it is corrupt.
    static func checkIntegrity(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 0)")
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
}

/// One item's change to the full-text index: the document it was indexed with (nil: none) out,
/// the new one (nil: none) in.
struct SearchChange {
    var itemID: Int64
    var old: SearchDocument?
    var new: SearchDocument?
}
