import FeedModel
import Foundation
import GRDB

/// Reading and writing analysis results.
extension Store {
    /// Content hashes of stored items of a feed by identity key, so the pipeline analyses only
    /// entries that are new or changed.
    public func contentHashes(feedID: Int64, keys: [String]) throws -> [String: String] {
        try read("contentHashes", "feed \(feedID)") { db in
            var hashes: [String: String] = [:]
            let statement = try db.cachedStatement(sql: "SELECT content_hash FROM item WHERE feed_id = ? AND identity_key = ?")
            for key in keys {
                if let hash = try String.fetchOne(statement, arguments: [feedID, key]) { hashes[key] = hash }
            }
            return hashes
        }
    }

    /// Document frequencies of keyphrase keys (absent keys are 0) and the number of analysed items.
    public func documentFrequencies(_ keys: some Collection<String>) throws -> (frequencies: [String: Int], documents: Int) {
        let keys = Array(keys)
        return try read("documentFrequencies") { db in
            var frequencies: [String: Int] = [:]
            let statement = try db.cachedStatement(sql: "SELECT df FROM term_df WHERE key = ?")
            for key in keys {
                if let df = try Int.fetchOne(statement, arguments: [key]) { frequencies[key] = df }
            }
            let documents = try Int.fetchOne(db, sql: "SELECT analysed_items FROM corpus_count WHERE id = 1") ?? 0
            return (frequencies, documents)
        }
    }

    /// Replaces one item's analysis in its own transaction (what `reanalyze` does).
    public func saveAnalysis(itemID: Int64, _ analysis: ItemAnalysis, at: Date) throws {
        try write("saveAnalysis", "item \(itemID)") { db in
            try AnalysisWriter(db: db, at: at).replace(itemID: itemID, with: analysis)
        }
    }

    /// Items in id order after `afterID`, first seen since `since`, for (re)analysis in batches.
    public func itemsForAnalysis(since: Date?, afterID: Int64, limit: Int) throws -> [StoredItem] {
        try read("itemsForAnalysis") { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.itemColumns) FROM item i JOIN feed f ON f.id = i.feed_id
                WHERE i.id > ? AND (? IS NULL OR i.first_seen_at >= ?)
                ORDER BY i.id LIMIT ?
                """, arguments: [afterID, since, since, limit]).map(RowDecoding.storedItem)
        }
    }

    /// The stored analysis of an item, nil when it has none.
    public func analysis(itemID: Int64) throws -> ItemAnalysis? {
        try read("analysis", "item \(itemID)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM item_analysis WHERE item_id = ?", arguments: [itemID]) else {
                return nil
            }
            return ItemAnalysis(
                pipelineVersion: row["pipeline_version"], language: row["language"],
                languageConfidence: row["language_confidence"], cleanText: row["clean_text"],
                metadata: ArticleMetadata(author: row["author"], credit: row["credit"], agency: row["agency"], dateline: row["dateline"]),
                keyphrases: try keyphrases(itemID: itemID, db), entities: try entities(itemID: itemID, db),
                quotes: try quotes(itemID: itemID, db))
        }
    }

    /// The most mentioned entities among items first seen since `since` (by items, then mentions).
    public func topEntities(since: Date?, kind: String? = nil, limit: Int) throws -> [EntityCount] {
        try read("topEntities") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.canonical_key, e.name, e.kind, e.aliases, COUNT(*) AS items, SUM(m.count) AS mentions
                FROM mention m JOIN entity e ON e.id = m.entity_id JOIN item i ON i.id = m.item_id
                WHERE (? IS NULL OR i.first_seen_at >= ?) AND (? IS NULL OR e.kind = ?)
                GROUP BY e.id ORDER BY items DESC, mentions DESC, e.name LIMIT ?
                """, arguments: [since, since, kind, kind, limit]
            ).map { row in
                EntityCount(
                    canonicalKey: row["canonical_key"], name: row["name"], kind: row["kind"], items: row["items"],
                    mentions: row["mentions"], aliases: JSONColumn.decode([String].self, row["aliases"]) ?? [])
            }
        }
    }

    /// Ids of items that mention an entity (by canonical key), newest first: one indexed query.
    public func itemIDs(mentioning canonicalKey: String, since: Date?) throws -> [Int64] {
        try read("itemIDs(mentioning:)") { db in
            try Int64.fetchAll(db, sql: """
                SELECT i.id FROM entity e JOIN mention m ON m.entity_id = e.id JOIN item i ON i.id = m.item_id
                WHERE e.canonical_key = ? AND (? IS NULL OR i.first_seen_at >= ?)
                ORDER BY i.first_seen_at DESC, i.id DESC
                """, arguments: [canonicalKey, since, since])
        }
    }

    private func keyphrases(itemID: Int64, _ db: Database) throws -> [KeyphraseRecord] {
        try Row.fetchAll(db, sql: "SELECT key, phrase, score FROM keyphrase WHERE item_id = ? ORDER BY rank", arguments: [itemID])
            .map { KeyphraseRecord(key: $0["key"], phrase: $0["phrase"], score: $0["score"]) }
    }

    private func entities(itemID: Int64, _ db: Database) throws -> [EntityRecord] {
        try Row.fetchAll(db, sql: """
            SELECT e.canonical_key, e.name, e.kind, e.aliases, m.count, m.first_offset
            FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.item_id = ? ORDER BY m.first_offset
            """, arguments: [itemID]
        ).map {
            EntityRecord(
                canonicalKey: $0["canonical_key"], name: $0["name"], kind: $0["kind"], count: $0["count"],
                firstOffset: $0["first_offset"], aliases: JSONColumn.decode([String].self, $0["aliases"]) ?? [])
        }
    }

    private func quotes(itemID: Int64, _ db: Database) throws -> [QuoteRecord] {
        try Row.fetchAll(db, sql: """
            SELECT q.text, q.start, q.end, q.kind, q.speaker, e.canonical_key
            FROM quote q LEFT JOIN entity e ON e.id = q.speaker_entity_id WHERE q.item_id = ? ORDER BY q.start
            """, arguments: [itemID]
        ).map {
            QuoteRecord(
                text: $0["text"], start: $0["start"], end: $0["end"], direct: ($0["kind"] as String) == "direct",
                speaker: $0["speaker"], speakerKey: $0["canonical_key"])
        }
    }
}
