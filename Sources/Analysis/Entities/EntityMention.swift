/// One mention of a named entity in a text, with its canonical identity.
///
/// `start`/`end` are Unicode-scalar offsets into the analysed text (end exclusive), like `Token`.
/// `canonical` is the display name of the entity in this document ("Alexander Lukaschenko" for a
/// later "Lukaschenkos"); `key` identifies it across documents ("PER:lukaschenko", "LOC:beijing").
public struct EntityMention: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: EntityKind
    public var canonical: String
    public var key: String

    public init(text: String, start: Int, end: Int, kind: EntityKind, canonical: String, key: String) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.canonical = canonical
        self.key = key
    }
}
