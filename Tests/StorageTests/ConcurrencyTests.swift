import Dispatch
import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("Two processes on one file")
struct ConcurrencyTests {
    @Test("stores opening a new database file at once all succeed (one migrates, the others see it done)")
    func concurrentMigration() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("race.sqlite").path
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let opened = await withTaskGroup(of: Bool.self) { group -> Int in
            for _ in 0..<6 {
                group.addTask {
                    do {
                        _ = try Store(path: path)
                        return true
                    } catch {
                        Issue.record("open failed: \(error)")
                        return false
                    }
                }
            }
            var count = 0
            for await ok in group where ok { count += 1 }
            return count
        }
        #expect(opened == 6)
        let store = try Store(path: path)
        let applied = try await store.writer.read { try Migrations.migrator.appliedMigrations($0) }
        #expect(applied == Migrations.migrator.migrations)
    }

    @Test("a second store reads the committed state while the first holds a write open")
    func readDuringWrite() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        let daemon = try Store(path: path)
        let reader = try Store(path: path)
        try daemon.syncSubscriptions([.init(url: "https://example.org/a")], at: t0)

        let seenInside = try daemon.writer.write { db -> [String] in
            try db.execute(sql: "UPDATE feed SET config_title = 'uncommitted'")
            try db.execute(sql: "INSERT INTO feed (url, created_at) VALUES ('https://example.org/b', ?)",
                           arguments: [t0])
            return try reader.feeds().map { $0.title ?? $0.url }
        }
        #expect(seenInside == ["https://example.org/a"])
        #expect(try reader.feeds().count == 2)
    }

    @Test("a writer waits for another's lock instead of failing at once")
    func busyTimeout() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        let first = try Store(path: path)
        let second = try Store(path: path)
        try first.syncSubscriptions([.init(url: "https://example.org/a")], at: t0)

        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? first.writer.write { db in
                try db.execute(sql: "UPDATE feed SET error_count = 1")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.3)
            }
            released.signal()
        }
        locked.wait()
        let start = Date()
        #expect(try second.setEnabled(url: "https://example.org/a", enabled: false, reason: "operator"))
        #expect(Date().timeIntervalSince(start) > 0.1)
        released.wait()
        #expect(try second.feed(url: "https://example.org/a")?.enabled == false)
    }
}
