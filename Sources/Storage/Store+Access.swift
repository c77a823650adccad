import Foundation
import GRDB

extension Store {
    /// Runs `body` in one write transaction; any error rolls it back and comes out as a `StoreError`
    /// naming `operation` and `context`.
    func write<T: Sendable>(
        _ operation: String, _ context: String? = nil, _ body: (Database) throws -> T
    ) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, context: context)
        }
    }

    /// Runs `body` on a read-only snapshot (concurrent with the writer on a file database).
    func read<T: Sendable>(
        _ operation: String, _ context: String? = nil, _ body: (Database) throws -> T
    ) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, context: context)
        }
    }
}

extension Store {
    /// Hands back the memory SQLite keeps between statements: the page caches of every connection,
    /// and the idle reader connections themselves (they reopen when next needed). The daemon calls it
    /// when a cycle has ended, so a months-long process sits at its working set.
    public func releaseMemory() {
        (writer as? DatabasePool)?.releaseMemoryEventually()
    }
}

extension Store {
    /// Caps the memory SQLite's page caches take in this process, all connections together
    /// (`PRAGMA soft_heap_limit`): beyond it SQLite reuses cache pages instead of growing. For the
    /// daemon, whose cycles are small and whose resident memory should stay flat for months.
    public func limitCacheMemory(kibibytes: Int) throws {
        try write("limitCacheMemory") { try $0.execute(sql: "PRAGMA soft_heap_limit = \(max(256, kibibytes) * 1024)") }
    }

    /// The daemon's cap on SQLite's memory.
    public static let daemonCacheKiB = 6 * 1024
}
