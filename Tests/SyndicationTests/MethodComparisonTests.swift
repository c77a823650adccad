import FeedModel
import Foundation
import Syndication
import Testing

/// The measurement behind the choice of copy detector: every pair of the corpus classified by
/// SimHash, MinHash Jaccard, containment, shared sentences, and the combination the engine uses.
@Suite("Copy detectors compared")
struct MethodComparisonTests {
    typealias Rule = (name: String, accepts: @Sendable (CopySimilarity) -> Bool)

    static let rules: [Rule] = {
        let settings = SyndicationSettings()
        return [
            ("simhash ≥ 0.90", { $0.simhash >= 0.90 }),
            ("simhash ≥ 0.80", { $0.simhash >= 0.80 }),
            ("minhash J ≥ 0.50", { $0.jaccard >= 0.5 }),
            ("minhash J ≥ 0.30", { $0.jaccard >= 0.3 }),
            ("containment ≥ 0.80", { $0.containment >= 0.8 && $0.smallerShingles >= 25 }),
            ("sentences ≥ 0.50", { $0.sharedSentences >= 2 && $0.sentenceContainment >= 0.5 }),
            ("combined (engine)", { $0.isCopy(settings) }),
        ]
    }()

    @Test("pairwise figures of each detector; the combination meets the bars")
    func compare() {
        let corpus = EvaluationTests.corpus
        let engine = SyndicationEngine()
        let prints = corpus.map { engine.fingerprint(url: $0.url, title: $0.title, cleanText: $0.analysis.cleanText) }
        var similarities: [[CopySimilarity?]] = Array(repeating: Array(repeating: nil, count: corpus.count), count: corpus.count)
        for i in corpus.indices { for j in (i + 1)..<corpus.count { similarities[i][j] = CopySimilarity(prints[i], prints[j]) } }
        var combined: PairwiseScore?
        for rule in Self.rules {
            let score = PairwiseScore(
                count: corpus.count, predicted: { rule.accepts(similarities[$0][$1]!) },
                gold: { corpus[$0].copyLabel == corpus[$1].copyLabel })
            print("detector \(rule.name): \(score)")
            combined = score
        }
        #expect((combined?.precision ?? 0) >= 0.99 && (combined?.recall ?? 0) >= 0.95)
    }
}
