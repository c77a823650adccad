/// How much of each ranked section the queries return.
public struct DigestLimits: Sendable, Hashable {
    /// Entities considered for top lists and trends (from the window and from the baseline each).
    public var entityCandidates: Int
    public var keyphrases: Int

    public init(entityCandidates: Int = 300, keyphrases: Int = 20) {
        self.entityCandidates = entityCandidates
        self.keyphrases = keyphrases
    }
}
