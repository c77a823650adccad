import FeedModel
import Foundation
import Syndication
import Testing

/// How story F1 moves with the joining threshold: the measurement behind the default, kept as a
/// check that the default is still the best threshold on the evaluation corpus.
@Suite("Story threshold sweep")
struct ThresholdSweepTests {
    @Test("the default story threshold has the best story F1 of its neighbourhood (printed)")
    func sweep() {
        let corpus = EvaluationTests.corpus
        let chosen = SyndicationSettings().storyThreshold
        var scores: [(threshold: Double, f1: Double)] = []
        for threshold in [chosen - 0.1, chosen - 0.05, chosen, chosen + 0.05, chosen + 0.15] {
            var settings = SyndicationSettings()
            settings.storyThreshold = threshold
            let online = OnlineSyndication.run(corpus, engine: SyndicationEngine(settings: settings))
            let independent = PairwiseScore(
                count: corpus.count, predicted: { online.storyOf[$0] == online.storyOf[$1] },
                gold: { corpus[$0].storyLabel == corpus[$1].storyLabel }, include: { corpus[$0].copyLabel != corpus[$1].copyLabel })
            print("story threshold \(threshold): \(independent)")
            scores.append((threshold, independent.f1))
        }
        let best = scores.map(\.f1).max() ?? 0
        let atDefault = scores.first { $0.threshold == chosen }?.f1 ?? 0
        #expect(atDefault >= best - 1e-9, "another threshold scores better: \(scores)")
        // The threshold matters: well above the default, stories fall apart.
        #expect(scores.last!.f1 < atDefault - 0.1)
    }
}
