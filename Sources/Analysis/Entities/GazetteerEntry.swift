/// A named thing the gazetteer knows: its kind, cross-document key and display names.
public struct GazetteerEntry: Sendable, Hashable {
    public var kind: EntityKind
    /// Language-neutral identity, e.g. "beijing" (the full key is "LOC:beijing").
    public var key: String
    public var germanName: String
    public var englishName: String

    /// The display name in `language`.
    public func name(in language: EntityLanguage) -> String {
        language == .german ? germanName : englishName
    }
}
