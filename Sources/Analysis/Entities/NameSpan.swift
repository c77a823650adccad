/// A piece of a name: its words and scalar span, after titles and compound heads are removed.
struct NameSpan: Sendable, Hashable {
    var words: [String]
    var start: Int
    var end: Int
    var kind: EntityKind

    /// The words joined by spaces.
    var name: String { words.joined(separator: " ") }
}
