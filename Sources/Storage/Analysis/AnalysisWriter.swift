import FeedModel
import Foundation
import GRDB

/// Replaces an item's analysis rows (inside the caller's transaction) and keeps document
/// frequencies and the analysed-item count exact, so reanalysis is idempotent.
struct AnalysisWriter {
    let db: Database
    let at: Date

    /// `isNew`: the item was inserted in this transaction, so it has no rows to remove (item ids
    /// are never reused): seven statements fewer for each new item of an ingest.
    func replace(itemID: Int64, with analysis: ItemAnalysis, isNew: Bool = false) throws {
        let hadAnalysis = isNew ? false : try removeRows(itemID: itemID)
        try insertAnalysis(itemID: itemID, analysis)
        try insertKeyphrases(itemID: itemID, analysis.keyphrases)
        let entityIDs = try insertMentions(itemID: itemID, analysis.entities)
        try insertQuotes(itemID: itemID, analysis.quotes, entityIDs: entityIDs)
        if !hadAnalysis { try adjustCorpusCount(by: 1) }
    }

    /// Deletes the item's analysis rows, decrementing the document frequencies of its keyphrases.
    /// Returns whether the item had been analysed.
    @discardableResult
    func removeRows(itemID: Int64) throws -> Bool {
        let keys = try String.fetchAll(db.cachedStatement(sql: "SELECT key FROM keyphrase WHERE item_id = ?"), arguments: [itemID])
        for key in keys {
            try db.cachedStatement(sql: "UPDATE term_df SET df = df - 1 WHERE key = ?").execute(arguments: [key])
        }
        try db.cachedStatement(sql: "DELETE FROM term_df WHERE df <= 0 AND key IN (SELECT key FROM keyphrase WHERE item_id = ?)")
            .execute(arguments: [itemID])
        for table in ["keyphrase", "mention", "quote"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE item_id = ?").execute(arguments: [itemID])
        }
        try db.cachedStatement(sql: "DELETE FROM item_analysis WHERE item_id = ?").execute(arguments: [itemID])
        return db.changesCount > 0
    }

    func adjustCorpusCount(by delta: Int) throws {
        try db.cachedStatement(sql: "UPDATE corpus_count SET analysed_items = max(0, analysed_items + ?) WHERE id = 1")
            .execute(arguments: [delta])
    }

    private func insertAnalysis(itemID: Int64, _ a: ItemAnalysis) throws {
        let insert = try RawStatement(db, """
            INSERT INTO item_analysis (item_id, pipeline_version, analysed_at, language, language_confidence,
                                       clean_text, author, credit, agency, dateline)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(1, itemID)
        insert.bind(2, a.pipelineVersion)
        insert.bind(3, at)
        insert.bind(4, a.language)
        insert.bind(5, a.languageConfidence)
        insert.bind(6, a.cleanText)
        insert.bind(7, a.metadata.author)
        insert.bind(8, a.metadata.credit)
        insert.bind(9, a.metadata.agency)
        insert.bind(10, a.metadata.dateline)
        try insert.execute()
    }

    private func insertKeyphrases(itemID: Int64, _ phrases: [KeyphraseRecord]) throws {
        var seen: Set<String> = []
        let insert = try RawStatement(db, "INSERT INTO keyphrase (item_id, key, phrase, score, rank) VALUES (?, ?, ?, ?, ?)")
        let count = try RawStatement(db, "INSERT INTO term_df (key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1")
        for (rank, phrase) in phrases.enumerated() where seen.insert(phrase.key).inserted {
            insert.bind(1, itemID)
            insert.bind(2, phrase.key)
            insert.bind(3, phrase.phrase)
            insert.bind(4, phrase.score)
            insert.bind(5, rank + 1)
            try insert.execute()
            count.bind(1, phrase.key)
            try count.execute()
        }
    }

    /// Inserts mentions, creating or updating entities; returns entity ids by canonical key.
    private func insertMentions(itemID: Int64, _ entities: [EntityRecord]) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        let insert = try RawStatement(db, "INSERT INTO mention (item_id, entity_id, count, first_offset) VALUES (?, ?, ?, ?)")
        for record in entities where ids[record.canonicalKey] == nil {
            let id = try entityID(for: record)
            ids[record.canonicalKey] = id
            insert.bind(1, itemID)
            insert.bind(2, id)
            insert.bind(3, record.count)
            insert.bind(4, record.firstOffset)
            try insert.execute()
        }
        return ids
    }

    private func entityID(for record: EntityRecord) throws -> Int64 {
        let lookup = try RawStatement(db, "SELECT id, aliases FROM entity WHERE canonical_key = ?")
        lookup.bind(1, record.canonicalKey)
        var found: (id: Int64, aliases: String?)?
        try lookup.forEachRow { found = (lookup.int64(0), lookup.string(1)) }
        guard let (id, aliases) = found else {
            try db.cachedStatement(sql: """
                INSERT INTO entity (canonical_key, name, kind, aliases, first_seen_at) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [record.canonicalKey, record.name, record.kind, JSONColumn.encode(record.aliases.sorted()), at])
            return db.lastInsertedRowID
        }
        // Usually every surface form is known already: then the stored list need not be decoded.
        if let aliases, record.aliases.allSatisfy({ JSONColumn.list(aliases, has: $0) }) { return id }
        let known = Set(JSONColumn.decode([String].self, aliases) ?? [])
        let merged = known.union(record.aliases)
        if merged.count != known.count, merged.count <= 50 {
            try db.cachedStatement(sql: "UPDATE entity SET aliases = ? WHERE id = ?")
                .execute(arguments: [JSONColumn.encode(merged.sorted()), id])
        }
        return id
    }

    private func insertQuotes(itemID: Int64, _ quotes: [QuoteRecord], entityIDs: [String: Int64]) throws {
        for q in quotes {
            let speakerID = try q.speakerKey.flatMap { key in
                try entityIDs[key] ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entity WHERE canonical_key = ?"), arguments: [key])
            }
            let insert = try RawStatement(db, """
                INSERT INTO quote (item_id, text, start, end, kind, speaker, speaker_entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            insert.bind(1, itemID)
            insert.bind(2, q.text)
            insert.bind(3, q.start)
            insert.bind(4, q.end)
            insert.bind(5, q.direct ? "direct" : "indirect")
            insert.bind(6, q.speaker)
            insert.bind(7, speakerID)
            try insert.execute()
        }
    }
}
