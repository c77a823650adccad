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
}
