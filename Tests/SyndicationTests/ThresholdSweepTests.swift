import FeedModel
import Foundation
import Syndication
import Testing

/// How story F1 moves with the joining threshold: the measurement behind the default.
@Suite("Story threshold sweep")
struct ThresholdSweepTests {
    @Test("story F1 by threshold (printed)")
    func sweep() {
        let corpus = EvaluationTests.corpus
        for threshold in [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5] {
            var settings = SyndicationSettings()
            settings.storyThreshold = threshold
            let online = OnlineSyndication.run(corpus, engine: SyndicationEngine(settings: settings))
            let independent = PairwiseScore(
                count: corpus.count, predicted: { online.storyOf[$0] == online.storyOf[$1] },
                gold: { corpus[$0].storyLabel == corpus[$1].storyLabel }, include: { corpus[$0].copyLabel != corpus[$1].copyLabel })
            print("story threshold \(threshold): \(independent)")
        }
    }
}
