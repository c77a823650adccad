import Foundation
import GRDB

/// The items first seen in a window, as a filter on an `item_id` column.
///
/// When the window's items are exactly the ids from its smallest to its largest (the usual case:
/// items are inserted as they are first seen) the filter is an id range, which walks the
/// `(item_id, …)` primary keys of mention, keyphrase and quote without touching `item`.
/// Otherwise it is an `IN (SELECT id FROM item …)` over the first-seen index.
struct ItemSpan {
    let start: Date
    let end: Date
    /// Items in the window.
    let count: Int
    /// Smallest and largest id, when they bound exactly the window's items.
    let idRange: ClosedRange<Int64>?

    init(_ db: Database, start: Date, end: Date) throws {
        self.start = start
        self.end = end
        let row = try Row.fetchOne(db, sql: """
            SELECT MIN(id) AS lo, MAX(id) AS hi, COUNT(*) AS n FROM item WHERE first_seen_at >= ? AND first_seen_at < ?
            """, arguments: [start, end])
        count = row?["n"] ?? 0
        guard let lo: Int64 = row?["lo"], let hi: Int64 = row?["hi"] else {
            idRange = nil
            return
        }
        let inRange = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE id BETWEEN ? AND ?", arguments: [lo, hi]) ?? 0
        idRange = inRange == count ? lo...hi : nil
    }

    /// A predicate on `column` (an item id) and its arguments.
    func filter(_ column: String) -> (sql: String, arguments: StatementArguments) {
        if let idRange { return ("\(column) BETWEEN ? AND ?", [idRange.lowerBound, idRange.upperBound]) }
        return ("\(column) IN (SELECT id FROM item WHERE first_seen_at >= ? AND first_seen_at < ?)", [start, end])
    }
}
