/// The digest's output formats.
public enum DigestFormat: String, Sendable, CaseIterable, Codable {
    case markdown = "md"
    case html
    case json

    /// File name extension.
    public var fileExtension: String { rawValue }

    /// Renders `digest` in this format.
    public func render(_ digest: DailyDigest) -> String {
        switch self {
        case .markdown: return MarkdownRenderer().render(digest)
        case .html: return HTMLRenderer().render(digest)
        case .json: return JSONRenderer().render(digest)
        }
    }
}
