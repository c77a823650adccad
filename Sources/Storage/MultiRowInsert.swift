import GRDB

/// `INSERT … VALUES (…), (…), …` for many rows of one shape: one statement per `chunk` rows
/// instead of one per row (each statement execution costs binding and VM set-up in SQLite and
/// argument boxing in GRDB; the rows themselves cost the same). Statements are cached per row count.
enum MultiRowInsert {
    static let chunk = 32

    /// Inserts `values.count / width` rows: `head` is the statement up to `VALUES`, each row binds
    /// `width` consecutive values, `tail` follows the rows (e.g. an `ON CONFLICT` clause).
    static func execute(_ db: Database, head: String, width: Int, tail: String = "", values: [DatabaseValue]) throws {
        precondition(width > 0 && values.count % width == 0)
        let rows = values.count / width
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        var start = 0
        while start < rows {
            let count = min(chunk, rows - start)
            let sql = head + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ") + tail
            try db.cachedStatement(sql: sql)
                .execute(arguments: StatementArguments(values[(start * width)..<((start + count) * width)]))
            start += count
        }
    }
}
