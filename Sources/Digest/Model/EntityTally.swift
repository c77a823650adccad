/// An entity with how many items mentioned it in the window.
public struct EntityTally: Sendable, Hashable, Codable {
    /// Canonical key, e.g. "PER:lukaschenko".
    public var key: String
    public var name: String
    /// PER, ORG, LOC or MISC.
    public var kind: String
    public var items: Int
    public var mentions: Int

    public init(key: String, name: String, kind: String, items: Int, mentions: Int) {
        self.key = key
        self.name = name
        self.kind = kind
        self.items = items
        self.mentions = mentions
    }
}
