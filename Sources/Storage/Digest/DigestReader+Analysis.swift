import FeedModel
import Foundation
import GRDB

/// The digest's queries over analysis tables: entities with their baseline, quotes, keyphrases, languages.
extension DigestReader {
    /// The window's most mentioned entities, then those of the last baseline day that the window
    /// lacks, each with items per baseline day.
    ///
    /// Only the window and the last baseline day are counted for every entity; the other days are
    /// counted for the chosen entities alone, through the `(entity_id, item_id)` index.
    func entities(baselineDays: [DateInterval], limit: Int) throws -> [DigestRows.EntityDays] {
        let today = try entityCounts(span)
        let spans = try baselineDays.map { try ItemSpan(db, start: $0.start, end: $0.end) }
        let lastDay = try spans.last.map { try entityCounts($0) } ?? [:]
        let ids = Self.top(today, limit) + Self.top(lastDay.filter { today[$0.key] == nil }, limit / 3)
        let days = try spans.dropLast().map { try entityCounts($0, among: ids) } + (spans.isEmpty ? [] : [lastDay])
        let names = try entityNames(ids)
        return ids.compactMap { id in
            guard var entity = names[id] else { return nil }
            entity.items = today[id]?.items ?? 0
            entity.mentions = today[id]?.mentions ?? 0
            return DigestRows.EntityDays(entity: entity, baseline: days.map { $0[id]?.items ?? 0 })
        }
    }

    /// The ids of the `limit` entities with the most items (then mentions, then lowest id).
    static func top(_ counts: [Int64: (items: Int, mentions: Int)], _ limit: Int) -> [Int64] {
        counts.sorted { ($0.value.items, $0.value.mentions, $1.key) > ($1.value.items, $1.value.mentions, $0.key) }
            .prefix(limit).map(\.key)
    }

    /// Items and mentions per entity over the items of `span`, for every entity or only `ids`.
    func entityCounts(_ span: ItemSpan, among ids: [Int64]? = nil) throws -> [Int64: (items: Int, mentions: Int)] {
        guard span.count > 0, ids?.isEmpty != true else { return [:] }
        let filter = span.filter("item_id")
        var sql = "SELECT entity_id, COUNT(*) AS items, SUM(count) AS mentions FROM mention WHERE \(filter.sql)"
        var arguments = filter.arguments
        if let ids {
            sql += " AND entity_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))"
            arguments += StatementArguments(ids)
        }
        var counts: [Int64: (items: Int, mentions: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: sql + " GROUP BY entity_id", arguments: arguments)
        while let row = try rows.next() { counts[row["entity_id"]] = (row["items"], row["mentions"]) }
        return counts
    }

    func entityNames(_ ids: [Int64]) throws -> [Int64: EntityCount] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try Row.fetchAll(db, sql: "SELECT id, canonical_key, name, kind, aliases FROM entity WHERE id IN (\(marks))",
                                arguments: StatementArguments(ids)).reduce(into: [:]) { names, row in
            names[row["id"]] = EntityCount(
                canonicalKey: row["canonical_key"], name: row["name"], kind: row["kind"], items: 0, mentions: 0,
                aliases: JSONColumn.decode([String].self, row["aliases"]) ?? [])
        }
    }

    /// Direct quotes with a named speaker and a readable length, from the window's items.
    func quotes() throws -> [DigestRows.QuoteRow] {
        let filter = span.filter("q.item_id")
        return try Row.fetchAll(db, sql: """
            SELECT q.text, q.speaker, e.canonical_key, i.title, i.url, COALESCE(f.config_title, f.title) AS feed_title, i.published_at
            FROM quote q JOIN item i ON i.id = q.item_id JOIN feed f ON f.id = i.feed_id
                 LEFT JOIN entity e ON e.id = q.speaker_entity_id
            WHERE \(filter.sql) AND q.kind = 'direct' AND q.speaker IS NOT NULL AND length(q.text) BETWEEN 40 AND 400
            ORDER BY q.item_id, q.start
            """, arguments: filter.arguments
        ).map {
            DigestRows.QuoteRow(
                text: $0["text"], speaker: $0["speaker"], speakerKey: $0["canonical_key"], itemTitle: $0["title"],
                url: $0["url"], feedTitle: $0["feed_title"], publishedAt: $0["published_at"])
        }
    }

    /// Keyphrases carried by the most items of the window.
    func keyphrases(limit: Int) throws -> [DigestRows.Tally] {
        let filter = span.filter("item_id")
        return try Row.fetchAll(db, sql: """
            SELECT key, MIN(phrase) AS phrase, COUNT(*) AS n FROM keyphrase WHERE \(filter.sql)
            GROUP BY key ORDER BY n DESC, key LIMIT ?
            """, arguments: filter.arguments + [limit]
        ).map { DigestRows.Tally(label: $0["phrase"], items: $0["n"]) }
    }

    /// Items per detected language; items without analysis count as "und".
    func languages() throws -> [DigestRows.Tally] {
        let filter = span.filter("item_id")
        var tallies = try Row.fetchAll(db, sql: """
            SELECT language, COUNT(*) AS n FROM item_analysis WHERE \(filter.sql) GROUP BY language ORDER BY n DESC, language
            """, arguments: filter.arguments
        ).map { DigestRows.Tally(label: $0["language"], items: $0["n"]) }
        let missing = span.count - tallies.reduce(0) { $0 + $1.items }
        if missing > 0 {
            if let und = tallies.firstIndex(where: { $0.label == "und" }) { tallies[und].items += missing } else { tallies.append(.init(label: "und", items: missing)) }
        }
        return tallies
    }
}
