import Foundation
import FeedModel
import GRDB
import CSQLiteConfig

/// The wirewatch database: the one place that speaks SQL.
///
/// A file database is a WAL `DatabasePool`: one writer and several concurrent readers, so a digest
/// or `status` can read while the daemon writes. Every connection uses `synchronous=NORMAL`, foreign
/// keys, and a 5 s busy timeout. Dates are stored as UTC text "YYYY-MM-DD HH:MM:SS.SSS" (GRDB's
/// `Date` encoding): sortable, comparable as text, and readable in `sqlite3` or Datasette.
public final class Store: Sendable {
    /// How long a connection waits for another one's lock before failing with `.busy`.
    public static let busyTimeout: TimeInterval = 5

    let writer: any DatabaseWriter
    /// The database file, or ":memory:".
    public let path: String
    /// Whether this SQLite has FTS5 and the `item_fts` index exists.
    public let hasFullTextSearch: Bool

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// Creates the parent directory when it is missing.
    public convenience init(path: String) throws {
        try Self.createParentDirectory(of: path)
        let pool: DatabasePool
        do {
            pool = try Self.retryingWhileBusy { try DatabasePool(path: path, configuration: Self.configuration()) }
        } catch {
            throw Self.openError(error, path: path)
        }
        try self.init(writer: pool, path: path)
    }

    /// Runs `open` again, briefly, while SQLite answers busy or locked without waiting: a new file
    /// being switched to WAL (or recovered) by another process refuses at once, not after the timeout.
    static func retryingWhileBusy<T>(_ open: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                guard attempt < 20 else { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Sets the writer connection's page cache (SQLite's default is 2 MiB). A bulk ingest's group
    /// commits touch many index pages (FTS, item keys); too small a cache spills them to the WAL again
    /// and again within one transaction. The daemon, whose cycles are small, keeps the default memory.
    public func setWriterCache(kibibytes: Int) throws {
        try write("setWriterCache") { try $0.execute(sql: "PRAGMA cache_size = -\(max(64, kibibytes))") }
    }

    /// The writer cache a one-off bulk ingest uses.
    public static let bulkWriterCacheKiB = 16 * 1024

    /// A fresh private in-memory database with the current schema (tests, dry runs).
    public static func inMemory() throws -> Store {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw StoreError.wrapping(error, operation: "open", context: "in-memory database")
        }
        return try Store(writer: queue, path: ":memory:")
    }

    init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        do {
            try Self.retryingWhileBusy { try Self.migrate(writer) }
            hasFullTextSearch = try writer.read { try $0.tableExists(FullTextIndex.table) }
        } catch {
            throw StoreError.wrapping(error, operation: "migrate", context: "path \(path)")
        }
    }

    /// Page size of a new database. An item row (title, summary and content HTML, keys) is 2–3 KB, so
    /// 4 KiB pages held one row each and left a third of the file empty; 16 KiB pages pack five or
    /// six and keep content up to about 16 KB out of overflow pages.
    static let pageSize = 16_384

    /// SQLite's process-wide settings, applied once before the first connection opens: memory
    /// statistics off (wirewatch never reads them; with them on, every SQLite allocation takes a
    /// process-wide mutex).
    static let processSettings: Int32 = ww_sqlite_disable_memory_statistics()

    /// Connection settings shared by every connection of every store.
    static func configuration() -> Configuration {
        _ = processSettings
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "wirewatch"
        let profile = ProcessInfo.processInfo.environment["WIREWATCH_SQL_PROFILE"] != nil
        config.prepareDatabase { db in
            // Before the first table (and before WAL): a no-op on an existing database.
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer's statement and savepoint journals in memory. SQLite's default (Debian
            // builds it with TEMP_STORE=1) puts them in files under /var/tmp: every page a
            // savepoint or statement first changes was written there, about three quarters of
            // the writes of an ingest with analysis (measured: 1.32 million pwrite calls for
            // 1,000 feeds). Not for readers: their large sorts (a digest's) spill far faster to a
            // file than to SQLite's in-memory journal (measured: digest of a 50,000-item day
            // 1.25 → 1.60 s with every connection in memory).
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            if profile {
                db.trace(options: .profile) { event in
                    if case .profile(let statement, let duration) = event {
                        FileHandle.standardError.write(Data("sqlprof\t\(Int(duration * 1e6))\t\(statement.sql.split(whereSeparator: \.isNewline).joined(separator: " "))\n".utf8))
                    }
                }
            }
        }
        return config
    }

    /// Applies pending migrations; refuses a database written by a newer wirewatch.
    private static func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = Migrations.migrator
        if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
            throw StoreError(
                code: .schema, operation: "migrate",
                message: "the database was created by a newer wirewatch (unknown schema version); upgrade wirewatch")
        }
        // Up to date: open without taking the write lock, so a reader never waits for the daemon.
        if try writer.read({ try migrator.hasCompletedMigrations($0) && !FullTextIndex.isStale($0) }) { return }
        // Two processes opening a new database at once (the daemon starting while `status` runs) may
        // both try a migration; the loser's fails (e.g. "duplicate column") after the winner's commit.
        // Each migration is its own transaction, so the loser reads what is applied now and goes on.
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                try writer.write { try FullTextIndex.reindexIfStale($0) }
                return
            } catch {
                attempt += 1
                if try writer.read({ try migrator.hasCompletedMigrations($0) && !FullTextIndex.isStale($0) }) { return }
                guard attempt < 5 else { throw error }
                Thread.sleep(forTimeInterval: 0.1 * Double(attempt))
            }
        }
    }
}
