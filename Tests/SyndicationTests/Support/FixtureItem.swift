import Analysis
import FeedModel
import Foundation
import Syndication

/// One item of the evaluation corpus with its gold labels.
struct FixtureItem: Sendable {
    var id: String
    var feed: String
    var url: String
    var title: String
    var time: Date
    var language: String
    /// Plain text before analysis (variants are built from it).
    var text: String
    var analysis: ItemAnalysis
    /// Items with the same label are copies of one text.
    var copyLabel: String
    /// Items with the same label are about the same event.
    var storyLabel: String
    var topic: String

    init(id: String, feed: String, url: String, title: String, time: Date, language: String?, text: String,
         copyLabel: String, storyLabel: String, topic: String) {
        self.id = id
        self.feed = feed
        self.url = url
        self.title = title
        self.time = time
        self.text = text
        self.copyLabel = copyLabel
        self.storyLabel = storyLabel
        self.topic = topic
        let result = AnalysisPipeline.analyze(AnalysisInput(id: id, text: text, title: title, declaredLanguage: language))
        self.language = result.language
        analysis = ItemAnalysis(
            pipelineVersion: result.pipelineVersion, language: result.language, languageConfidence: result.languageConfidence,
            cleanText: result.cleanBody,
            keyphrases: result.keyphrases.map { KeyphraseRecord(key: $0.key, phrase: $0.phrase, score: $0.score) })
    }

    /// Paragraphs of the plain text.
    var paragraphs: [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
