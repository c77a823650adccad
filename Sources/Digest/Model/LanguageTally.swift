/// Items per detected language ("und" when undetermined or not analysed).
public struct LanguageTally: Sendable, Hashable, Codable {
    /// ISO 639-1 code or "und".
    public var language: String
    public var items: Int

    public init(language: String, items: Int) {
        self.language = language
        self.items = items
    }
}
