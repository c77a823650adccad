import Foundation

/// The dialect a document was read as.
public enum FeedFormat: String, Sendable, Codable {
    case rss090 = "rss090", rss091 = "rss091", rss092 = "rss092", rss10 = "rss10", rss20 = "rss20"
    case atom03 = "atom03", atom10 = "atom10", json10 = "json10", json11 = "json11"
    case unknown
}

/// A whole parsed document: channel-level metadata and its entries, in document order.
public struct ParsedFeed: Sendable, Hashable, Codable {
    public var format: FeedFormat
    public var title: String?
    /// The site's home page (channel `<link>`, Atom `link rel="alternate"`).
    public var siteURL: String?
    public var subtitle: String?
    /// Declared language (`<language>`, `dc:language`, `xml:lang` on the root).
    public var language: String?
    public var updated: Date?
    /// RSS `<ttl>` in minutes, a lower bound on the poll interval.
    public var ttlMinutes: Int?
    /// sy:updatePeriod (hourly, daily, weekly, monthly, yearly) and sy:updateFrequency.
    public var updatePeriod: String?
    public var updateFrequency: Int?
    /// RSS `<skipHours>` (0–23, GMT) and `<skipDays>` (1 = Sunday … 7 = Saturday).
    @SortedOnEncoding public var skipHours: Set<Int> = []
    @SortedOnEncoding public var skipDays: Set<Int> = []
    public var entries: [Entry]
    /// The encoding the document was decoded from (e.g. "utf-8", "iso-8859-1").
    public var encoding: String?
    /// Set when the document was not well-formed but something could be recovered (feedparser's `bozo`).
    public var bozo: Bool
    /// The first well-formedness error, when `bozo` is set.
    public var bozoMessage: String?
    /// Non-fatal findings (encoding mismatches, assumed time zones …).
    public var warnings: [String]
    /// Feed-level details (ids, authors, rights, links, categories, text-construct details).
    public var details: FeedDetails = FeedDetails()

    public init(
        format: FeedFormat = .unknown, title: String? = nil, siteURL: String? = nil,
        subtitle: String? = nil, language: String? = nil, updated: Date? = nil, ttlMinutes: Int? = nil,
        entries: [Entry] = [], encoding: String? = nil, bozo: Bool = false, bozoMessage: String? = nil,
        warnings: [String] = []
    ) {
        self.format = format
        self.title = title
        self.siteURL = siteURL
        self.subtitle = subtitle
        self.language = language
        self.updated = updated
        self.ttlMinutes = ttlMinutes
        self.entries = entries
        self.encoding = encoding
        self.bozo = bozo
        self.bozoMessage = bozoMessage
        self.warnings = warnings
    }
}

/// Channel-level metadata beyond the essentials: what feedparser calls `feed.*`.
public struct FeedDetails: Sendable, Hashable, Codable {
    public var id: String?
    public var authors: [Person] = []
    public var contributors: [Person] = []
    /// `webMaster`, `dc:publisher`.
    public var publisher: Person?
    public var rights: String?
    public var generator: String?
    public var generatorDetail: Link?
    /// Atom 0.3 `<info>`.
    public var info: String?
    public var links: [Link] = []
    public var categories: [Category] = []
    /// Channel image / Atom logo or icon URL.
    public var image: String?
    public var published: Date?
    public var titleDetail: TextDetail?
    public var subtitleDetail: TextDetail?
    public var rightsDetail: TextDetail?
    public var infoDetail: TextDetail?
    /// The raw date strings as found, keyed "updated", "published".
    public var rawDates: [String: String] = [:]
    /// Namespaced extras keyed with feedparser's names (e.g. "itunes_explicit", "sy_updateperiod").
    public var extensions: [String: String] = [:]

    public init() {}
}
