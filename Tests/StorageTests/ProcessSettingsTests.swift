import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import Storage

@Suite("SQLite's process-wide settings")
struct ProcessSettingsTests {
    /// With memory statistics on (SQLite's default), every SQLite allocation and free takes one
    /// process-wide mutex: in a profile of an ingest with analysis, 2% of the samples, on the writer's thread.
    @Test("memory statistics are off once a store has opened, so allocations take no global mutex")
    func memoryStatisticsOff() throws {
        let store = try Store.inMemory()
        // A test that opened a bare GRDB queue first initialised SQLite with the default: then the
        // setting cannot apply in this process, and SQLite says so (SQLITE_MISUSE), never silently.
        #expect([SQLITE_OK, SQLITE_MISUSE].contains(Store.processSettings))
        guard Store.processSettings == SQLITE_OK else { return }
        try store.writer.write { db in
            try db.execute(sql: "CREATE TABLE t (s TEXT)")
            for i in 0..<200 { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [String(repeating: "x", count: i * 10)]) }
        }
        // Statistics off: SQLite keeps no count, so what it reports stays zero after real work.
        #expect(sqlite3_memory_used() == 0)
        #expect(sqlite3_memory_highwater(0) == 0)
    }

    /// The writer keeps statement and savepoint journals in memory (no page-by-page writes to
    /// temporary files); readers keep SQLite's file-backed temporary store, whose sorts spill faster.
    @Test("the writer's temporary store is memory, a reader's is SQLite's default")
    func temporaryStore() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(path: directory.appendingPathComponent("t.sqlite").path)
        #expect(try store.writer.write { try Int.fetchOne($0, sql: "PRAGMA temp_store") } == 2)
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA temp_store") } == 0)
    }
}
