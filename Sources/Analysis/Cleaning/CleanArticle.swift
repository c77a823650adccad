/// An article after cleaning: the story text alone and what was taken out of it.
public struct CleanArticle: Sendable, Hashable, Codable {
    /// The story: paragraphs separated by blank lines, without title, byline, credits,
    /// dateline, agency codes and boilerplate ("Lesen Sie auch: …", "Read more: …").
    public var body: String
    /// Author, credit, agency and dateline found in the text.
    public var metadata: ArticleMetadata

    public init(body: String, metadata: ArticleMetadata) {
        self.body = body
        self.metadata = metadata
    }
}
