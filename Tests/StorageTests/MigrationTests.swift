import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("Schema and migrations")
struct MigrationTests {
    @Test("a database from a development build that lacks later-added columns is repaired by v9")
    func repairsPrerelease() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("old.sqlite").path
        let pool = try DatabasePool(path: path)
        try Migrations.migrator.migrate(pool, upTo: "v8-story-source")
        try pool.write { db in
            try db.execute(sql: "DROP INDEX IF EXISTS feed_moved_to; ALTER TABLE feed DROP COLUMN moved_to_url")
            try db.execute(sql: "ALTER TABLE item_fingerprint DROP COLUMN entity_hashes")
        }
        try pool.close()
        let store = try Store(path: path)
        let columns = try store.writer.read { db in
            (try db.columns(in: "feed").map(\.name), try db.columns(in: "item_fingerprint").map(\.name))
        }
        #expect(columns.0.contains("moved_to_url"))
        #expect(columns.1.contains("entity_hashes") && columns.1.contains("keyphrase_hashes"))
    }

    @Test("migrations apply on an empty database with every table and view")
    func appliesOnEmpty() throws {
        let store = try Store.inMemory()
        let names = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        for name in ["feed", "run", "fetch", "item", "tombstone", "v_items", "v_daily_counts", "v_feed_health"] {
            #expect(names.contains(name), "missing \(name)")
        }
        let applied = try store.writer.read { try Migrations.migrator.appliedMigrations($0) }
        #expect(applied == Migrations.migrator.migrations && applied.first == "v1")
    }

    @Test("connections use foreign keys and synchronous=NORMAL")
    func pragmas() throws {
        let store = try Store.inMemory()
        let (foreignKeys, synchronous) = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(foreignKeys == 1)
        #expect(synchronous == 1)
    }

    @Test("FTS5 is detected on this SQLite")
    func fullText() throws {
        let store = try Store.inMemory()
        let available = try store.writer.read { try FullTextIndex.isAvailable($0) }
        #expect(store.hasFullTextSearch == available)
        if available {
            let config = try store.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT k, v FROM item_fts_config WHERE k IN ('automerge', 'crisismerge', 'hashsize') ORDER BY k")
                    .map { "\($0["k"] as String)=\($0["v"] as Int)" }
            }
            #expect(config == ["automerge=16", "crisismerge=64", "hashsize=8388608"])
        }
    }

    @Test("a file database is WAL, reopens idempotently and keeps its data")
    func reopen() throws {
        let dir = temporaryDirectory().appendingPathComponent("nested/deeper")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent().deletingLastPathComponent()) }
        let path = dir.appendingPathComponent("wirewatch.sqlite").path
        do {
            let store = try Store(path: path)
            try store.syncSubscriptions([.init(url: "https://example.org/feed")], at: t0)
            try store.commit([draft("a")])
            let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
            let pageSize = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
            #expect(pageSize == Store.pageSize)
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        let again = try Store(path: path)
        #expect(try again.itemCount() == 1)
        #expect(try again.feeds().map(\.url) == ["https://example.org/feed"])
        let applied = try again.writer.read { try Migrations.migrator.appliedMigrations($0) }
        #expect(applied == Migrations.migrator.migrations && applied.first == "v1")
    }

    @Test("a database from a newer wirewatch is refused with a schema error")
    func newerSchema() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            let store = try Store(path: path)
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999')")
            }
        }
        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error?.code == .schema)
    }

    @Test("an unwritable location gives an error naming the path and what to do")
    func cannotOpen() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let path = file.appendingPathComponent("db.sqlite").path
        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.description.contains(path) == true)
        #expect(error?.message.contains("choose another") == true)
    }
}

@Suite("Adaptive scheduling columns")
struct SchedulingColumnTests {
    @Test("observed interval and poll hints round-trip through commitFetch")
    func roundTrip() throws {
        let store = try Store.inMemory()
        try store.syncSubscriptions([FeedSubscription(url: "https://example.org/feed")], at: Date())
        var feed = try #require(try store.feeds().first)
        feed.observedInterval = 600
        feed.pollHints = PollHints(ttlMinutes: 30, updatePeriodSeconds: 3600, skipHours: [1, 2], skipDays: [1])
        let run = try store.startRun(kind: "ingest", at: Date())
        _ = try store.commitFetch(
            feed: feed, record: FetchRecord(runID: run, feedID: feed.id, startedAt: Date(), outcome: .ok), items: [],
            at: Date())
        let stored = try #require(try store.feeds().first)
        #expect(stored.observedInterval == 600)
        #expect(stored.pollHints == feed.pollHints)
    }
}
