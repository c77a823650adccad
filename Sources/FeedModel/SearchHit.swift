/// One full-text search result: the item and the matching passage.
public struct SearchHit: Sendable, Hashable, Codable {
    public var itemID: Int64
    public var feedURL: String
    public var title: String?
    /// A short passage around the match, matched terms wrapped in `[` `]`.
    public var snippet: String
    /// BM25 rank: lower is more relevant.
    public var rank: Double

    public init(itemID: Int64, feedURL: String, title: String? = nil, snippet: String, rank: Double) {
        self.itemID = itemID
        self.feedURL = feedURL
        self.title = title
        self.snippet = snippet
        self.rank = rank
    }
}
