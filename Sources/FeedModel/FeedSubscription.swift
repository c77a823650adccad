/// A feed as the configuration lists it.
public struct FeedSubscription: Sendable, Hashable, Codable {
    public var url: String
    public var title: String?
    public var tags: [String]
    /// Poll interval override in seconds; nil means adaptive/default.
    public var interval: Int?
    public var enabled: Bool

    public init(url: String, title: String? = nil, tags: [String] = [], interval: Int? = nil, enabled: Bool = true) {
        self.url = url
        self.title = title
        self.tags = tags
        self.interval = interval
        self.enabled = enabled
    }
}
