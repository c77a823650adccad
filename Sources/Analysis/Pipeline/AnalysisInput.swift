/// What the pipeline analyses: one item's text and the metadata its feed declared.
public struct AnalysisInput: Sendable, Hashable, Codable {
    /// The caller's identifier of the item (echoed in the result).
    public var id: String
    /// Plain text (HTML already stripped), paragraphs separated by blank lines.
    public var text: String
    /// The item's title, dropped from the body when the text repeats it.
    public var title: String?
    /// The feed's or item's declared language ("de", "en-GB"), used for short texts.
    public var declaredLanguage: String?
    /// The feed's author (dc:creator, author), preferred over a byline in the text.
    public var author: String?

    public init(id: String, text: String, title: String? = nil, declaredLanguage: String? = nil, author: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.declaredLanguage = declaredLanguage
        self.author = author
    }
}
