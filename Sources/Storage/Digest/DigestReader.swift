import FeedModel
import Foundation
import GRDB

/// The digest's read-only queries over one snapshot: counts, hours, feeds and runs here;
/// entities, quotes, keyphrases and languages in `DigestReader+Analysis`.
struct DigestReader {
    let db: Database
    let start: Date
    let end: Date
    let span: ItemSpan

    init(db: Database, start: Date, end: Date) throws {
        self.db = db
        self.start = start
        self.end = end
        span = try ItemSpan(db, start: start, end: end)
    }

    /// Every section the window needs, with trends measured against `baselineDays`.
    func rows(baselineDays: [DateInterval], limits: DigestLimits) throws -> DigestRows {
        var rows = DigestRows()
        rows.newItems = span.count
        rows.updatedItems = try updatedItems()
        try feedCounts(into: &rows)
        rows.itemsPerHour = try itemsPerHour()
        rows.entities = try entities(baselineDays: baselineDays, limit: limits.entityCandidates)
        rows.quotes = try quotes()
        rows.keyphrases = try keyphrases(limit: limits.keyphrases)
        rows.languages = try languages()
        rows.feedProblems = try feedProblems()
        rows.runs = try runTotals()
        return rows
    }

    func updatedItems() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM item WHERE last_changed_at >= ? AND last_changed_at < ? AND first_seen_at < ?
            """, arguments: [start, end, start]) ?? 0
    }

    func feedCounts(into rows: inout DigestRows) throws {
        let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(enabled = 1 AND error_count = 0), 0) AS ok, COALESCE(SUM(enabled = 1 AND error_count > 0), 0) AS failing,
                   COALESCE(SUM(enabled = 0), 0) AS disabled
            FROM feed WHERE removed_at IS NULL
            """)
        rows.feedsOK = row?["ok"] ?? 0
        rows.feedsFailing = row?["failing"] ?? 0
        rows.feedsDisabled = row?["disabled"] ?? 0
    }

    /// Items first seen per hour; hour 0 starts at the window's start (DST days have 23 or 25).
    func itemsPerHour() throws -> [Int] {
        let hours = max(1, Int((end.timeIntervalSince(start) / 3600).rounded(.up)))
        var counts = Array(repeating: 0, count: hours)
        let rows = try Row.fetchAll(db, sql: """
            SELECT CAST(ROUND((julianday(first_seen_at) - julianday(?)) * 86400) AS INTEGER) / 3600 AS hour, COUNT(*) AS n
            FROM item WHERE first_seen_at >= ? AND first_seen_at < ? GROUP BY hour
            """, arguments: [start, start, end])
        for row in rows {
            let hour: Int = row["hour"]
            if counts.indices.contains(hour) { counts[hour] += row["n"] }
        }
        return counts
    }

    /// Failing and disabled feeds, disabled first, and since when they fail.
    func feedProblems() throws -> [DigestRows.FeedProblem] {
        try Row.fetchAll(db, sql: """
            SELECT f.url, COALESCE(f.config_title, f.title) AS title, f.enabled, f.error_count,
                   COALESCE(f.disabled_reason, f.last_error) AS reason,
                   (SELECT MIN(x.started_at) FROM fetch x WHERE x.feed_id = f.id AND x.started_at > COALESCE(f.last_success_at, '')
                      AND x.outcome NOT IN ('ok', 'not_modified', 'unchanged')) AS since
            FROM feed f WHERE f.removed_at IS NULL AND (f.enabled = 0 OR f.error_count > 0)
            ORDER BY f.enabled, f.error_count DESC, f.url
            """
        ).map {
            DigestRows.FeedProblem(
                url: $0["url"], title: $0["title"], enabled: $0["enabled"], reason: $0["reason"], since: $0["since"],
                errorCount: $0["error_count"])
        }
    }

    func runTotals() throws -> DigestRows.RunTotals {
        var totals = DigestRows.RunTotals()
        if let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, COALESCE(SUM(status = 'ok'), 0) AS ok, COALESCE(SUM(status = 'partial'), 0) AS partial,
                   COALESCE(SUM(status = 'failed'), 0) AS failed
            FROM run WHERE started_at >= ? AND started_at < ?
            """, arguments: [start, end]) {
            (totals.runs, totals.ok, totals.partial, totals.failed) = (row["n"], row["ok"], row["partial"], row["failed"])
        }
        if let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, COALESCE(SUM(outcome NOT IN ('ok', 'not_modified', 'unchanged')), 0) AS errors,
                   COALESCE(SUM(bytes), 0) AS bytes
            FROM fetch WHERE run_id IN (SELECT id FROM run WHERE started_at >= ? AND started_at < ?)
            """, arguments: [start, end]) {
            (totals.fetches, totals.fetchErrors, totals.bytes) = (row["n"], row["errors"], row["bytes"])
        }
        return totals
    }
}
