import Foundation
import GRDB
import Testing
@testable import Storage

@Suite("Raw statements (the writer's hot path)")
struct RawStatementTests {
    private func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB, at TEXT, UNIQUE (s))")
        }
        return queue
    }

    @Test("every bound type reads back as GRDB binds it, NULL included")
    func roundTrip() throws {
        let queue = try database()
        let at = Date(timeIntervalSince1970: 1_780_000_000.123)
        try queue.write { db in
            let insert = try RawStatement(db, "INSERT INTO t (i, d, s, b, at) VALUES (?, ?, ?, ?, ?)")
            insert.bind(1, Int64.max)
            insert.bind(2, 0.25)
            insert.bind(3, "Grüße, „Zitat“ – 😀")
            insert.bind(4, Data([0, 1, 2, 255]))
            insert.bind(5, at)
            try insert.execute()
            insert.bind(1, nil as Int64?)
            insert.bind(2, nil as Double?)
            insert.bind(3, nil as String?)
            insert.bind(4, nil as Data?)
            insert.bind(5, nil as Date?)
            try insert.execute()
            insert.bind(1, 7)
            insert.bind(2, 1.5)
            insert.bind(3, "")
            insert.bind(4, Data())
            insert.bind(5, nil as Date?)
            try insert.execute()
        }
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT i, d, s, b, at FROM t ORDER BY id") }
        #expect(rows.count == 3)
        #expect(rows[0][0] == Int64.max)
        #expect(rows[0][1] == 0.25)
        #expect(rows[0][2] == "Grüße, „Zitat“ – 😀")
        #expect(rows[0][3] == Data([0, 1, 2, 255]))
        #expect(rows[0][4] == "2026-05-28 20:26:40.123")
        #expect(rows[0][4] == at.databaseValue.storage.value as? String)
        for column in 0..<5 { #expect(rows[1].hasNull(atIndex: column)) }
        // Empty text and an empty blob are values, not NULL.
        #expect(rows[2][2] == "")
        #expect(!rows[2].hasNull(atIndex: 3))
        #expect((rows[2][3] as Data?) == Data())
    }

    @Test("rows are read column by column, and the statement is reusable after an error")
    func readAndFail() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try RawStatement(db, "INSERT INTO t (i, s) VALUES (?, ?)")
            for (i, s) in [(1, "a"), (2, "b"), (3, "c")] {
                insert.bind(1, i)
                insert.bind(2, s)
                try insert.execute()
            }
            // A constraint violation is a DatabaseError naming the statement, and leaves the
            // statement reset: the next use works.
            insert.bind(1, 4)
            insert.bind(2, "a")
            let error = #expect(throws: DatabaseError.self) { try insert.execute() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.sql?.contains("INSERT INTO t") == true)
            insert.bind(1, 4)
            insert.bind(2, "d")
            try insert.execute()

            let select = try RawStatement(db, "SELECT i, s FROM t WHERE i >= ? ORDER BY i")
            select.bind(1, 2)
            var seen: [String] = []
            try select.forEachRow { seen.append("\(select.int64(0))=\(select.string(1) ?? "nil")") }
            #expect(seen == ["2=b", "3=c", "4=d"])
            let count = try RawStatement(db, "SELECT count(*) FROM t WHERE i > ?")
            count.bind(1, 100)
            #expect(try count.firstInt64() == 0)
            let none = try RawStatement(db, "SELECT i FROM t WHERE s = ?")
            none.bind(1, "zzz")
            #expect(try none.firstInt64() == nil)
        }
    }

    @Test("stored dates read as digits sort as the dates do; blobs of integers and dates read back")
    func datesAndBlobs() throws {
        let queue = try database()
        var random = SeededRandom(seed: 11)
        let dates = (0..<300).map { _ in Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000_000, using: &random)) / 1000) }
        try queue.write { db in
            let insert = try RawStatement(db, "INSERT INTO t (at, b) VALUES (?, ?)")
            for date in dates {
                insert.bind(1, date)
                insert.bind(2, FingerprintColumns.blob([Int64.min, -1, 0, 7, Int64.max]))
                try insert.execute()
            }
            let read = try RawStatement(db, "SELECT at, b, NULL FROM t ORDER BY id")
            var rows: [(digits: Int64, date: Date?)] = []
            try read.forEachRow {
                rows.append((read.dateDigits(0), read.date(0)))
                #expect(read.withBlob(1) { FingerprintColumns.integers($0, as: Int64.self) } == [Int64.min, -1, 0, 7, Int64.max])
                #expect(read.withBlob(2) { FingerprintColumns.integers($0, as: Int64.self) }.isEmpty && read.date(2) == nil)
            }
            #expect(rows.count == dates.count)
            for (row, date) in zip(rows, dates) {
                #expect(abs(try #require(row.date).timeIntervalSince(date)) < 0.001)
            }
            for (a, b) in zip(rows, rows.dropFirst()) {
                #expect((a.digits < b.digits) == (a.date! < b.date!) || a.digits == b.digits)
            }
            // A date stored without milliseconds reads as the same instant with ".000".
            let plain = try RawStatement(db, "SELECT '2026-11-29 10:00:00', '2026-11-29 10:00:00.000', '2026-11-29 10:00:00.001'")
            try plain.forEachRow {
                #expect(plain.dateDigits(0) == plain.dateDigits(1) && plain.dateDigits(1) < plain.dateDigits(2))
            }
        }
    }
}
