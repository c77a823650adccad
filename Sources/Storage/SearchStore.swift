import Foundation
import FeedModel
import GRDB

/// Full-text search over item title, summary and content (FTS5).
extension Store {
    /// Items matching every word of `query` (diacritics and case ignored; a word ending in `*`
    /// matches as a prefix), best first. Throws `.unavailable` when SQLite lacks FTS5.
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        guard hasFullTextSearch else {
            throw StoreError(
                code: .unavailable, operation: "search",
                message: "full-text search needs SQLite with FTS5; install an SQLite built with FTS5")
        }
        let pattern = Self.ftsPattern(query)
        guard !pattern.isEmpty else { return [] }
        return try read("search", "query \(query)") { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, f.url AS feed_url, i.title,
                       snippet(item_fts, -1, '[', ']', '…', 12) AS snippet, item_fts.rank AS rank
                FROM item_fts JOIN item i ON i.id = item_fts.rowid JOIN feed f ON f.id = i.feed_id
                WHERE item_fts MATCH ?
                ORDER BY item_fts.rank LIMIT ?
                """, arguments: [pattern, max(0, limit)]
            ).map { row in
                SearchHit(itemID: row["id"], feedURL: row["feed_url"], title: row["title"],
                          snippet: SearchSnippet.readable(row["snippet"] ?? ""), rank: row["rank"])
            }
        }
    }

    /// Turns free text into an FTS5 query: each word quoted (so no user text is parsed as FTS5
    /// syntax), all words required, a trailing `*` kept as a prefix match.
    static func ftsPattern(_ query: String) -> String {
        query.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "*" })
            .compactMap { word -> String? in
                let prefix = word.hasSuffix("*")
                let bare = word.filter { $0 != "*" }
                guard !bare.isEmpty else { return nil }
                return "\"\(bare)\"" + (prefix ? "*" : "")
            }
            .joined(separator: " ")
    }
}
