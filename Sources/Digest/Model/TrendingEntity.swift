/// An entity whose mentions today differ from its 7-day baseline.
public struct TrendingEntity: Sendable, Hashable, Codable {
    public enum Direction: String, Sendable, Hashable, Codable {
        /// Clearly more items than the baseline.
        case rising
        /// Clearly fewer items than the baseline.
        case falling
        /// Not mentioned on any baseline day.
        case new
    }

    public var key: String
    public var name: String
    public var kind: String
    /// Items mentioning it in the window.
    public var today: Int
    /// Items per day on the seven days before, oldest first.
    public var baseline: [Int]
    /// Mean of `baseline`.
    public var baselineMean: Double
    /// Zero-robust z-score: (today − mean) / √(mean + 1).
    public var score: Double
    public var direction: Direction

    public init(key: String, name: String, kind: String, today: Int, baseline: [Int], baselineMean: Double, score: Double, direction: Direction) {
        self.key = key
        self.name = name
        self.kind = kind
        self.today = today
        self.baseline = baseline
        self.baselineMean = baselineMean
        self.score = score
        self.direction = direction
    }
}
