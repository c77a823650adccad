import FeedModel
import Syndication
import Testing

@Suite("Trend scores")
struct TrendScorerTests {
    @Test("a term new today scores high but finite")
    func zeroBaseline() {
        let score = TrendScorer.score(recent: 5, baseline: 0)
        #expect(score.rising && score.surprise.isFinite && score.surprise > 5)
        #expect(TrendScorer.score(recent: 1, baseline: 0).rising == false)
    }

    @Test("a steady term does not rise; a jump on a busy term does")
    func steadyAndJump() {
        #expect(!TrendScorer.score(recent: 10, baseline: 70).rising)
        #expect(TrendScorer.score(recent: 40, baseline: 70).rising)
        #expect(TrendScorer.score(recent: 3, baseline: 70).surprise == 0)
    }

    @Test("surprise grows with the count and shrinks with the baseline")
    func monotone() {
        #expect(TrendScorer.score(recent: 8, baseline: 7).surprise > TrendScorer.score(recent: 6, baseline: 7).surprise)
        #expect(TrendScorer.score(recent: 8, baseline: 14).surprise < TrendScorer.score(recent: 8, baseline: 7).surprise)
        #expect(TrendScorer.score(recent: 5_000, baseline: 0).surprise.isFinite)
    }
}

@Suite("Rising terms")
struct RisingTermsTests {
    @Test("only rising terms are returned, most surprising first")
    func ranking() {
        let counts = [
            TrendCounts(kind: .entity, key: "PER:steady", label: "Steady", recent: 10, baseline: 70),
            TrendCounts(kind: .entity, key: "LOC:passau", label: "Passau", recent: 12, baseline: 1),
            TrendCounts(kind: .entity, key: "PER:new", label: "New", recent: 4, baseline: 0),
        ]
        #expect(TrendScorer.rising(counts).map(\.counts.key) == ["LOC:passau", "PER:new"])
    }
}
