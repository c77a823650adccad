import FeedModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Analysis storage")
struct AnalysisStoreTests {
    func analysis(_ phrases: [String], entities: [(String, String, Int)] = [], quotes: [QuoteRecord] = []) -> ItemAnalysis {
        ItemAnalysis(
            pipelineVersion: 1, language: "de", languageConfidence: 0.98, cleanText: "Peking – Lukaschenko …",
            metadata: ArticleMetadata(author: "Bona Hyun", credit: "Roman Pilipey/dpa", agency: "bohy", dateline: "Peking"),
            keyphrases: phrases.enumerated().map { KeyphraseRecord(key: $1.lowercased(), phrase: $1, score: Double($0)) },
            entities: entities.map { EntityRecord(canonicalKey: $0.0, name: $0.1, kind: String($0.0.prefix(3)), count: $0.2, firstOffset: 0, aliases: [$0.1]) },
            quotes: quotes)
    }

    func withAnalysis(_ d: ItemDraft, _ a: ItemAnalysis) -> ItemDraft {
        var d = d
        d.analysis = a
        return d
    }

    func df(_ store: Store, _ keys: [String]) throws -> ([String: Int], Int) {
        let r = try store.documentFrequencies(keys)
        return (r.frequencies, r.documents)
    }

    @Test("analysis is stored with the item and document frequencies are exact")
    func storedWithItem() throws {
        let store = try makeStore()
        let lukaschenko = ("PER:lukaschenko", "Alexander Lukaschenko", 4)
        try store.commit([
            withAnalysis(draft("a"), analysis(["China", "Belarus"], entities: [lukaschenko, ("LOC:china", "China", 3)])),
            withAnalysis(draft("b"), analysis(["China"], entities: [("PER:lukaschenko", "Lukaschenkos", 1)])),
        ])
        let (frequencies, documents) = try df(store, ["china", "belarus", "ukraine"])
        #expect(frequencies == ["china": 2, "belarus": 1])
        #expect(documents == 2)
        let items = try store.items(ItemQuery())
        let a = try #require(items.first { $0.identityKey == "a" })
        let stored = try #require(try store.analysis(itemID: a.id))
        #expect(stored.metadata.dateline == "Peking" && stored.keyphrases.map(\.phrase) == ["China", "Belarus"])
        #expect(Set(stored.entities.map(\.canonicalKey)) == ["PER:lukaschenko", "LOC:china"])
        let top = try store.topEntities(since: nil, limit: 5)
        #expect(top.first?.canonicalKey == "PER:lukaschenko" && top.first?.items == 2 && top.first?.mentions == 5)
        #expect(top.first?.aliases == ["Alexander Lukaschenko", "Lukaschenkos"])
        #expect(try store.itemIDs(mentioning: "PER:lukaschenko", since: nil).count == 2)
    }

    @Test("reanalysis is idempotent: same input, same rows, same frequencies")
    func idempotent() throws {
        let store = try makeStore()
        let a = analysis(["China", "Staatsbesuch"], entities: [("PER:xi-jinping", "Xi Jinping", 1)],
                         quotes: [QuoteRecord(text: "…", start: 1, end: 4, direct: true, speaker: "Hua Chunying", speakerKey: "PER:xi-jinping")])
        try store.commit([withAnalysis(draft("a"), a)])
        let id = try #require(try store.items(ItemQuery()).first?.id)
        func snapshot() throws -> [String] {
            try store.writer.read { db in
                try ["keyphrase", "mention", "term_df", "corpus_count"].flatMap { table in
                    try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
                } + (try Row.fetchAll(db, sql: "SELECT text, start, end, kind, speaker, speaker_entity_id FROM quote").map { "\($0)" })
            }
        }
        let before = try snapshot()
        try store.saveAnalysis(itemID: id, a, at: t0)
        try store.saveAnalysis(itemID: id, a, at: t0)
        #expect(try snapshot() == before)
        #expect(try store.analysis(itemID: id)?.quotes.first?.speakerKey == "PER:xi-jinping")
    }

    @Test("an update replaces the analysis; an update without one drops the stale one")
    func updates() throws {
        let store = try makeStore()
        try store.commit([withAnalysis(draft("a"), analysis(["China"]))])
        try store.commit([withAnalysis(draft("a", hash: "v2"), analysis(["Belarus"]))])
        #expect(try df(store, ["china", "belarus"]).0 == ["belarus": 1])
        try store.commit([draft("a", hash: "v3")])
        #expect(try df(store, ["belarus"]) == ([:], 0))
    }

    @Test("pruning keeps document frequencies exact")
    func pruning() throws {
        let store = try makeStore()
        try store.commit([withAnalysis(draft("old"), analysis(["China", "Belarus"]))], at: t0)
        try store.commit([withAnalysis(draft("new"), analysis(["China"]))], at: minutes(60))
        #expect(try store.prune(olderThan: minutes(30), at: minutes(61)) == 1)
        #expect(try df(store, ["china", "belarus"]) == (["china": 1], 1))
    }
}
