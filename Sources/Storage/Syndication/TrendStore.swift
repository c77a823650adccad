import FeedModel
import Foundation
import GRDB

/// Counts for trend scoring: items per entity or keyphrase, a syndication group counting once.
extension Store {
    /// Per term, items first seen in the 24 hours before `now` and in the `baselineDays` days before
    /// that, for terms seen in the last 24 hours (most recent items first). Score them with
    /// `TrendScorer.score(recent:baseline:baselineDays:)`.
    public func trendCounts(kind: TrendTermKind, now: Date, baselineDays: Int = 7, limit: Int = 200) throws -> [TrendCounts] {
        let recentStart = now.addingTimeInterval(-86_400)
        let start = recentStart.addingTimeInterval(-86_400 * Double(baselineDays))
        return try read("trendCounts") { db in
            try Row.fetchAll(db, sql: """
                SELECT t.key, t.label,
                    COUNT(DISTINCT CASE WHEN i.first_seen_at >= :recent THEN COALESCE(-sm.group_id, i.id) END) AS recent,
                    COUNT(DISTINCT CASE WHEN i.first_seen_at < :recent THEN COALESCE(-sm.group_id, i.id) END) AS baseline
                FROM (\(Self.termSource(kind))) t JOIN item i ON i.id = t.item_id
                LEFT JOIN syndication_member sm ON sm.item_id = i.id
                WHERE i.first_seen_at >= :start AND i.first_seen_at < :now
                GROUP BY t.key HAVING recent > 0 ORDER BY recent DESC, t.key LIMIT :limit
                """, arguments: ["recent": recentStart, "start": start, "now": now, "limit": limit]
            ).map { TrendCounts(kind: kind, key: $0["key"], label: $0["label"], recent: $0["recent"], baseline: $0["baseline"]) }
        }
    }

    /// Items per UTC day mentioning each of `keys`, first seen in [since, until).
    public func dailyCounts(kind: TrendTermKind, keys: [String], since: Date, until: Date) throws -> [DailyTermCount] {
        guard !keys.isEmpty else { return [] }
        var arguments = StatementArguments(keys)
        arguments += [since, until]
        return try read("dailyCounts") { db in
            try Row.fetchAll(db, sql: """
                SELECT t.key, substr(i.first_seen_at, 1, 10) AS day, COUNT(DISTINCT COALESCE(-sm.group_id, i.id)) AS n
                FROM (\(Self.termSource(kind))) t JOIN item i ON i.id = t.item_id
                LEFT JOIN syndication_member sm ON sm.item_id = i.id
                WHERE t.key IN (\(databaseQuestionMarks(count: keys.count))) AND i.first_seen_at >= ? AND i.first_seen_at < ?
                GROUP BY t.key, day ORDER BY t.key, day
                """, arguments: arguments
            ).map { DailyTermCount(key: $0["key"], day: $0["day"], count: $0["n"]) }
        }
    }

    /// (item_id, key, label) rows of one term kind.
    static func termSource(_ kind: TrendTermKind) -> String {
        switch kind {
        case .entity:
            "SELECT m.item_id, e.canonical_key AS key, e.name AS label FROM mention m JOIN entity e ON e.id = m.entity_id"
        case .keyphrase:
            "SELECT item_id, key, phrase AS label FROM keyphrase"
        }
    }
}
