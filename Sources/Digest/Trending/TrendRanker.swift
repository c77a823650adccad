import Foundation

/// Finds rising and falling entities against their 7-day baseline.
///
/// Score: the zero-robust z-score z = (x − μ) / √(μ + 1), with x today's items and μ the baseline
/// mean. The +1 keeps the score finite for entities never seen before and damps small counts, so a
/// jump from 0 to 2 does not outrank one from 20 to 60. Rising needs z ≥ `threshold` and at least
/// `minItems` items today; falling needs z ≤ −`threshold` and a baseline mean of at least `minItems`.
public struct TrendRanker: Sendable {
    public var threshold: Double
    public var minItems: Int
    public var limit: Int
    /// Entity kinds that can trend: people, places and organisations.
    public var kinds: Set<String>

    public init(threshold: Double = 3, minItems: Int = 3, limit: Int = 12, kinds: Set<String> = ["PER", "LOC", "ORG"]) {
        self.threshold = threshold
        self.minItems = minItems
        self.limit = limit
        self.kinds = kinds
    }

    /// Trending entities, rising ones first (highest score first), then falling ones (lowest first).
    public func rank(_ series: [EntitySeries]) -> [TrendingEntity] {
        let scored = series.filter { kinds.contains($0.entity.kind) }.compactMap(trend)
        let rising = scored.filter { $0.direction != .falling }.sorted(by: Self.higher)
        let falling = scored.filter { $0.direction == .falling }.sorted { Self.higher($1, $0) }
        let fallingShare = min(falling.count, limit / 4)
        return Array(rising.prefix(limit - fallingShare)) + falling.prefix(fallingShare)
    }

    /// The z-score of `today` against `baseline`.
    public static func score(today: Int, baseline: [Int]) -> Double {
        let mean = baseline.isEmpty ? 0 : Double(baseline.reduce(0, +)) / Double(baseline.count)
        return (Double(today) - mean) / (mean + 1).squareRoot()
    }

    func trend(_ s: EntitySeries) -> TrendingEntity? {
        let mean = s.baseline.isEmpty ? 0 : Double(s.baseline.reduce(0, +)) / Double(s.baseline.count)
        let z = Self.score(today: s.today, baseline: s.baseline)
        let direction: TrendingEntity.Direction
        if z >= threshold, s.today >= minItems {
            direction = s.baseline.allSatisfy { $0 == 0 } ? .new : .rising
        } else if z <= -threshold, mean >= Double(minItems) {
            direction = .falling
        } else {
            return nil
        }
        return TrendingEntity(
            key: s.entity.key, name: s.entity.name, kind: s.entity.kind, today: s.today, baseline: s.baseline,
            baselineMean: (mean * 100).rounded() / 100, score: (z * 100).rounded() / 100, direction: direction)
    }

    static func higher(_ a: TrendingEntity, _ b: TrendingEntity) -> Bool {
        (a.score, b.name) > (b.score, a.name)
    }
}
