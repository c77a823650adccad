/// A feed as OPML carries it: its URL, title, site and the folders (tags) it sits in.
public struct OPMLFeed: Sendable, Hashable {
    public var url: String
    public var title: String?
    public var siteURL: String?
    /// Titles of the enclosing outlines (folders), outermost first; these become tags.
    public var tags: [String]

    public init(url: String, title: String? = nil, siteURL: String? = nil, tags: [String] = []) {
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
    }
}
