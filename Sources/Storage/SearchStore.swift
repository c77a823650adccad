import Foundation
import FeedModel
import GRDB

/// Full-text search over item title, summary and content (FTS5; what is indexed: `SearchDocument`).
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
        let hits = try read("search", "query \(query)") { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, f.url AS feed_url, i.title, i.summary, i.content, s.rank
                FROM (SELECT rowid, rank FROM item_fts WHERE item_fts MATCH ? ORDER BY rank LIMIT ?) s
                JOIN item i ON i.id = s.rowid JOIN feed f ON f.id = i.feed_id
                ORDER BY s.rank
                """, arguments: [pattern, max(0, limit)]
            ).map { row in
                SearchCandidate(id: row[0], feedURL: row[1], rank: row[5],
                                document: SearchDocument(title: row[2], summary: row[3], content: row[4]))
            }
        }
        let passages: [Int64: String]
        do {
            passages = try SearchPassages.cut(pattern, from: hits)
        } catch {
            throw StoreError.wrapping(error, operation: "search", context: "passages for \(query)")
        }
        return hits.map { hit in
            SearchHit(itemID: hit.id, feedURL: hit.feedURL, title: hit.document.title,
                      snippet: passages[hit.id] ?? "", rank: hit.rank)
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

/// Passages around the matches of a search. The index is contentless (it keeps no text), so FTS5's
/// `snippet()` cannot run on it: the hits' documents go into a small in-memory FTS5 table with the
/// same tokenizer, and the same query cuts the passages there. The words marked are the ones the
/// index matched; the passage is text, as indexed (no markup to take out, no reference to decode
/// a second time).
enum SearchPassages {
    static func cut(_ pattern: String, from hits: [SearchCandidate]) throws -> [Int64: String] {
        guard !hits.isEmpty else { return [:] }
        let queue = try DatabaseQueue()
        return try queue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE passage USING fts5(title, summary, content, tokenize='\(FullTextIndex.tokenizer)')
                """)
            let insert = try db.makeStatement(sql: "INSERT INTO passage(rowid, title, summary, content) VALUES (?, ?, ?, ?)")
            for hit in hits {
                try insert.execute(arguments: [hit.id, hit.document.title, hit.document.summary, hit.document.content])
            }
            var passages: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, snippet(passage, -1, '[', ']', '…', 12) FROM passage WHERE passage MATCH ?
                """, arguments: [pattern])
            while let row = try rows.next() { passages[row[0]] = row[1] }
            return passages
        }
    }
}

/// A search hit before its passage is cut.
struct SearchCandidate: Sendable {
    var id: Int64
    var feedURL: String
    var rank: Double
    var document: SearchDocument
}
