/// Items per day mentioning one entity: the seven baseline days and the digest's day.
public struct EntitySeries: Sendable, Hashable {
    public var entity: EntityTally
    /// Seven counts, oldest first.
    public var baseline: [Int]

    public init(entity: EntityTally, baseline: [Int]) {
        self.entity = entity
        self.baseline = baseline
    }

    /// Items mentioning it in the digest's window.
    public var today: Int { entity.items }
}
