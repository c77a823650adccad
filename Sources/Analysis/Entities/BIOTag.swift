/// A BIO tag as a small integer: 0 is O, then B-/I- pairs for each `EntityKind`.
public struct BIOTag: Sendable, Hashable {
    public let raw: Int

    public static let outside = BIOTag(raw: 0)
    /// O plus B and I for PER, ORG, LOC, MISC.
    public static let count = 1 + 2 * EntityKind.allCases.count

    public init(raw: Int) { self.raw = raw }

    /// The tag that begins (`inside == false`) or continues an entity of `kind`.
    public init(kind: EntityKind, inside: Bool) {
        let index = EntityKind.allCases.firstIndex(of: kind)!
        raw = 1 + 2 * index + (inside ? 1 : 0)
    }

    /// The entity kind, nil for O.
    public var kind: EntityKind? {
        raw == 0 ? nil : EntityKind.allCases[(raw - 1) / 2]
    }

    /// True for I- tags.
    public var isInside: Bool { raw > 0 && (raw - 1) % 2 == 1 }

    /// Whether this tag may follow `previous` (I-X only after B-X or I-X).
    public func mayFollow(_ previous: BIOTag) -> Bool {
        !isInside || previous.kind == kind
    }
}
