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

    public init(store: Store, keyphraseLimit: Int = 10) {
        self.frequencies = FrequencyCache(store: store)
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

    public func analyze(_ input: AnalysisInput) -> ItemAnalysis {
        Self.record(AnalysisPipeline.analyze(input, context: context))
    }

    /// Storage's form of an analysis result.
    public static func record(_ result: AnalysisResult) -> ItemAnalysis {
        ItemAnalysis(
            pipelineVersion: result.pipelineVersion, language: result.language,
            languageConfidence: result.languageConfidence, cleanText: result.cleanBody,
            metadata: FeedModel.ArticleMetadata(
                author: result.metadata.author, credit: result.metadata.credit, agency: result.metadata.agency,
                dateline: result.metadata.dateline),
            keyphrases: result.keyphrases.map { KeyphraseRecord(key: $0.key, phrase: $0.phrase, score: $0.score) })
    }
}
