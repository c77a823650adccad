import Analysis
import FeedModel
import FeedParsing
import Foundation
import Storage

/// Runs the pure analysis pipeline on new and changed entries and turns its results into the
/// records storage keeps.
public struct ItemAnalyzer: Sendable {
    let frequencies: FrequencyCache
    public var keyphraseLimit: Int

    /// `frequencyCache`: document frequencies kept in memory (keys); a bulk ingest reads many
    /// distinct keys, a months-long daemon should not grow towards a large cap.
    public init(store: Store, keyphraseLimit: Int = 10, frequencyCache: Int = 200_000) {
        self.frequencies = FrequencyCache(store: store, capacity: frequencyCache)
        self.keyphraseLimit = keyphraseLimit
    }

    /// The analysis context backed by the store's document frequencies.
    public var context: AnalysisContext {
        let cache = frequencies
        return AnalysisContext(
            documentFrequency: { cache.frequency($0) }, documentCount: cache.documentCount, keyphraseLimit: keyphraseLimit)
    }

    /// What the pipeline reads of an entry: its text (HTML → clean text), title, declared language, author.
    public static func input(id: String, entry: Entry, declaredLanguage: String?) -> AnalysisInput {
        let html = entry.content ?? entry.summary ?? ""
        return AnalysisInput(
            id: id, text: HTMLText.plainText(html), title: entry.title, declaredLanguage: declaredLanguage,
            author: entry.author)
    }

    /// Loads what analysis reads on first use (language, entity and quote models of both languages)
    /// by analysing two short texts, so that a daemon pays the start-up cost, and can hand back the
    /// memory the loading used, before its first cycle.
    public func warmUp() {
        for (language, text) in [("de", "Die Ministerin sagte in Berlin: „Wir beginnen.“"), ("en", "The minister said in London: \"We begin.\"")] {
            _ = AnalysisPipeline.analyze(
                AnalysisInput(id: "warm-up", text: text, title: nil, declaredLanguage: language, author: nil),
                context: AnalysisContext(documentFrequency: { _ in 0 }, documentCount: 0, keyphraseLimit: keyphraseLimit))
        }
    }

    public func analyze(_ input: AnalysisInput) -> ItemAnalysis {
        analyzeKeepingTokens(input).analysis
    }

    /// `analyze`, with the tokens and sentences the pipeline found in the clean text, for the
    /// copy fingerprint and story features (which would otherwise tokenise it again).
    public func analyzeKeepingTokens(_ input: AnalysisInput) -> (analysis: ItemAnalysis, body: TokenizedText) {
        let result = AnalysisPipeline.analyze(input, context: context)
        return (Self.record(result), TokenizedText(tokens: result.tokens, sentences: result.sentences))
    }

    /// Storage's form of an analysis result.
    public static func record(_ result: AnalysisResult) -> ItemAnalysis {
        ItemAnalysis(
            pipelineVersion: result.pipelineVersion, language: result.language,
            languageConfidence: result.languageConfidence, cleanText: result.cleanBody,
            metadata: FeedModel.ArticleMetadata(
                author: result.metadata.author, credit: result.metadata.credit, agency: result.metadata.agency,
                dateline: result.metadata.dateline),
            keyphrases: result.keyphrases.map { KeyphraseRecord(key: $0.key, phrase: $0.phrase, score: $0.score) },
            entities: entityRecords(result.entities),
            quotes: result.quotes.map {
                QuoteRecord(
                    text: $0.text, start: $0.start, end: $0.end, direct: $0.kind == .direct, speaker: $0.speaker,
                    speakerKey: $0.speakerCanonical)
            })
    }

    /// One record per canonical entity: mention count, first offset and the surface forms seen.
    static func entityRecords(_ mentions: [EntityMention]) -> [EntityRecord] {
        var records: [EntityRecord] = []
        var index: [String: Int] = [:]
        for mention in mentions {
            if let i = index[mention.key] {
                records[i].count += 1
                records[i].firstOffset = min(records[i].firstOffset, mention.start)
                if !records[i].aliases.contains(mention.text) { records[i].aliases.append(mention.text) }
            } else {
                index[mention.key] = records.count
                records.append(
                    EntityRecord(
                        canonicalKey: mention.key, name: mention.canonical, kind: mention.kind.rawValue, count: 1,
                        firstOffset: mention.start, aliases: [mention.text]))
            }
        }
        return records
    }
}
