import Foundation
import GRDB
import GRDBSQLite

/// One of the writer's hot statements, bound and stepped through SQLite's C API.
///
/// An ingest with analysis runs about a hundred statements per item: lookup keys, story keys,
/// keyphrases, mentions. For a two-column insert, GRDB's `execute(arguments:)` costs more than
/// SQLite's own work: it boxes the arguments into an array, validates them against the statement,
/// and runs its per-statement bookkeeping. Measured with `perf` on 300 feeds with analysis, that
/// machinery and the reference counting it caused were 14% of the writer thread.
///
/// The statement still comes from GRDB's cache of the connection, so it is prepared once. Use it
/// only inside a transaction GRDB opened (`Store.write`, or `Store.read` for lookups), for
/// statements that observation, authorisers and GRDB's savepoint tracking need not see: plain
/// inserts, updates and lookups. Every use binds all parameters, steps, and resets; nothing is
/// left mid-step between uses (a later bind replaces an earlier one).
struct RawStatement {
    private let statement: Statement
    private let handle: SQLiteStatement
    private let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    // MARK: Binding (parameters count from 1, as in SQLite)

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) {
        bind(index, value.map(Int64.init))
    }

    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int64(handle, index, value ? 1 : 0)
    }

    /// Text, copied by SQLite (the Swift string's bytes need not outlive the call).
    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    /// A blob, copied by SQLite.
    func bind(_ index: Int32, _ value: Data?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUnsafeBytes { bytes in
            // An empty blob is a zero-length blob, not NULL.
            _ = sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
        }
    }

    /// A date as GRDB stores it (`DateColumn`).
    func bind(_ index: Int32, _ value: Date?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        if let text = DateColumn.text(value) { bind(index, text) } else { _ = value.bind(to: handle, at: index) }
    }

    // MARK: Running

    /// Runs the statement to completion (discarding rows) and resets it.
    func execute() throws {
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: continue
            case let code: throw error(code)
            }
        }
    }

    /// Calls `body` for each row (read columns with `int64(_:)` and friends), then resets.
    func forEachRow(_ body: () throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: try body()
            case let code: throw error(code)
            }
        }
    }

    /// The first row's first column as an integer, or nil without a row (or with NULL there).
    func firstInt64() throws -> Int64? {
        var value: Int64?
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_DONE: return nil
        case SQLITE_ROW:
            if sqlite3_column_type(handle, 0) != SQLITE_NULL { value = sqlite3_column_int64(handle, 0) }
            return value
        case let code: throw error(code)
        }
    }

    // MARK: Columns of the current row (from 0)

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// An integer column that may be NULL.
    func optionalInt64(_ column: Int32) -> Int64? {
        isNull(column) ? nil : sqlite3_column_int64(handle, column)
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// A text column's digits as one number, up to 17 of them, zero-padded on the right: the
    /// order of stored dates ("YYYY-MM-DD HH:MM:SS.SSS") without making a string per row.
    func dateDigits(_ column: Int32) -> Int64 {
        var value: Int64 = 0, digits = 0
        if let text = sqlite3_column_text(handle, column) {
            let count = Int(sqlite3_column_bytes(handle, column))
            for i in 0..<count where digits < 17 {
                let byte = text[i]
                guard byte >= 0x30 && byte <= 0x39 else { continue }
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
            }
        }
        while digits < 17 {
            value *= 10
            digits += 1
        }
        return value
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// `body` over a blob column's bytes in SQLite's buffer (no `Data` in between); NULL or empty
    /// is an empty buffer. The bytes are valid only inside `body`.
    func withBlob<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard let bytes = sqlite3_column_blob(handle, column) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return body(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))))
    }

    /// A date column decoded as GRDB decodes a stored date; nil when NULL or unreadable.
    func date(_ column: Int32) -> Date? {
        guard let text = string(column) else { return nil }
        return Date.fromDatabaseValue(text.databaseValue)
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    /// SQLite's SQLITE_TRANSIENT: "copy the bytes now".
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
