import Foundation

/// A feed as stored: its configuration plus everything learnt from fetching it.
public struct FeedState: Sendable, Hashable, Codable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var siteURL: String?
    public var tags: [String]
    /// Poll interval override from the config, seconds.
    public var configuredInterval: Int?
    public var enabled: Bool
    /// Why the feed is disabled (410 Gone, operator …); nil while enabled.
    public var disabledReason: String?
    /// Validators exactly as last received.
    public var etag: String?
    public var lastModified: String?
    /// SHA-256 (hex) of the last 200 body, to skip reparsing an identical body.
    public var bodyHash: String?
    public var nextCheckAt: Date?
    /// The interval last used to schedule this feed, seconds.
    public var currentInterval: Int?
    /// The feed's publishing rate as last observed (median gap between its items), seconds.
    public var observedInterval: Int?
    /// Polling hints from the last parsed document (ttl, sy:update*, skipHours/skipDays).
    public var pollHints: PollHints
    /// Consecutive failed fetches (reset on success).
    public var errorCount: Int
    public var lastOutcome: FetchOutcome?
    public var lastHTTPStatus: Int?
    public var lastError: String?
    public var lastCheckAt: Date?
    public var lastSuccessAt: Date?
    /// Target of a leading chain of permanent redirects, and on how many consecutive fetches it was seen.
    public var permanentRedirectURL: String?
    public var permanentRedirectCount: Int
    /// Where the feed is fetched from after a permanent redirect was confirmed on enough
    /// consecutive fetches; nil while it is fetched from `url`.
    public var movedTo: String?
    /// The URL to fetch: `movedTo` when set, else `url`.
    public var fetchURL: String { movedTo ?? url }
    /// Number of stored items.
    public var itemsTotal: Int

    public init(
        id: Int64, url: String, title: String? = nil, siteURL: String? = nil, tags: [String] = [],
        configuredInterval: Int? = nil, enabled: Bool = true, disabledReason: String? = nil,
        etag: String? = nil, lastModified: String? = nil, bodyHash: String? = nil,
        nextCheckAt: Date? = nil, currentInterval: Int? = nil, observedInterval: Int? = nil, pollHints: PollHints = PollHints(), errorCount: Int = 0,
        lastOutcome: FetchOutcome? = nil, lastHTTPStatus: Int? = nil, lastError: String? = nil,
        lastCheckAt: Date? = nil, lastSuccessAt: Date? = nil, permanentRedirectURL: String? = nil,
        permanentRedirectCount: Int = 0, movedTo: String? = nil, itemsTotal: Int = 0
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
        self.configuredInterval = configuredInterval
        self.enabled = enabled
        self.disabledReason = disabledReason
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.nextCheckAt = nextCheckAt
        self.currentInterval = currentInterval
        self.observedInterval = observedInterval
        self.pollHints = pollHints
        self.errorCount = errorCount
        self.lastOutcome = lastOutcome
        self.lastHTTPStatus = lastHTTPStatus
        self.lastError = lastError
        self.lastCheckAt = lastCheckAt
        self.lastSuccessAt = lastSuccessAt
        self.permanentRedirectURL = permanentRedirectURL
        self.permanentRedirectCount = permanentRedirectCount
        self.movedTo = movedTo
        self.itemsTotal = itemsTotal
    }
}
