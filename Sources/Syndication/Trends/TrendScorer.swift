import FeedModel
import Foundation

/// How surprising a term's count in the last 24 hours is, given its previous days.
public struct TrendScore: Sendable, Hashable, Codable {
    /// Expected count for one day (smoothed baseline rate).
    public var expected: Double
    /// −log10 P(X ≥ recent) under Poisson(expected): 2 means a 1-in-100 day.
    public var surprise: Double
    /// (recent − expected) / √expected.
    public var zScore: Double
    /// Whether the count is above expectation and surprising enough to report.
    public var rising: Bool
}

/// Rising scores by Poisson surprise with a smoothed baseline, so that a term never seen before
/// scores high but finite, and one item more than usual on a busy term scores low.
public enum TrendScorer {
    /// Scores `recent` (last 24 h) against `baseline` items over `baselineDays` days. The rate is
    /// (baseline + prior) / (days + 1): a gamma prior of `prior` items in one pseudo-day.
    public static func score(
        recent: Int, baseline: Int, baselineDays: Double = 7, prior: Double = 0.5, minimumSurprise: Double = 2
    ) -> TrendScore {
        let expected = (Double(baseline) + prior) / (baselineDays + 1)
        let surprise = Double(recent) > expected ? -log10Tail(recent, expected) : 0
        let z = (Double(recent) - expected) / expected.squareRoot()
        return TrendScore(expected: expected, surprise: surprise, zScore: z, rising: surprise >= minimumSurprise)
    }

    /// log10 P(X ≥ k) for X ~ Poisson(λ), k > λ, summed upwards in log space (no underflow).
    static func log10Tail(_ k: Int, _ lambda: Double) -> Double {
        let logFirst = -lambda + Double(k) * log(lambda) - lgamma(Double(k) + 1)
        var sum = 1.0, term = 1.0, i = k
        while term > 1e-12 * sum && i < k + 10_000 {
            i += 1
            term *= lambda / Double(i)
            sum += term
        }
        return (logFirst + log(sum)) / log(10)
    }
}

extension TrendScorer {
    /// Scores every term's counts (from `Store.trendCounts`) and returns the rising ones, most
    /// surprising first.
    public static func rising(_ counts: [TrendCounts], baselineDays: Int = 7) -> [(counts: TrendCounts, score: TrendScore)] {
        counts.map { ($0, score(recent: $0.recent, baseline: $0.baseline, baselineDays: Double(baselineDays))) }
            .filter { $0.1.rising }
            .sorted { ($0.1.surprise, $1.0.key) > ($1.1.surprise, $0.0.key) }
    }
}
