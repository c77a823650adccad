import Foundation

/// One item of a feed as the parser read it: RSS `<item>`, Atom `<entry>` or a JSON Feed item.
public struct Entry: Sendable, Hashable, Codable {
    /// `<guid>` (RSS) or `<id>` (Atom), trimmed; nil when absent or empty.
    public var guid: String?
    /// The item's primary link, absolute (resolved against xml:base / the feed URL).
    public var link: String?
    public var title: String?
    /// Author names joined with ", " (dc:creator, author/name, managingEditor …).
    public var author: String?
    /// Publication time; nil when absent or unparseable.
    public var published: Date?
    /// Last-update time; nil when absent.
    public var updated: Date?
    /// Short description as found in the feed (may contain HTML).
    public var summary: String?
    /// Full content (content:encoded, atom:content) as found in the feed (may contain HTML).
    public var content: String?
    /// Categories / tags / dc:subject terms.
    public var categories: [Category]
    public var enclosures: [Enclosure]
    /// Every author with name, e-mail and URI as far as given.
    public var authors: [Person] = []
    public var contributors: [Person] = []
    /// Title with its type, language and base (Atom text construct semantics).
    public var titleDetail: TextDetail?
    /// Summary with its type, language and base.
    public var summaryDetail: TextDetail?
    /// Every content element, in document order.
    public var contents: [TextDetail] = []
    /// Every link (Atom `<link>` elements; the RSS `<link>` as rel "alternate").
    public var links: [Link] = []
    /// Rights / copyright statement.
    public var rights: String?
    public var rightsDetail: TextDetail?
    /// Comments page (RSS `<comments>`).
    public var comments: String?
    /// Creation time (Atom 0.3 `created`).
    public var created: Date?
    /// The raw date strings as found, keyed "published", "updated", "created".
    public var rawDates: [String: String] = [:]
    /// Namespaced extras keyed with feedparser's names (e.g. "itunes_explicit", "slash_comments",
    /// "georss_point"): values as found, trimmed.
    public var extensions: [String: String] = [:]
    /// The feed an entry was copied from (Atom `<source>`, RSS `<source url>`).
    public var source: EntrySource?
    /// Entry-level language (`dc:language`).
    public var language: String?
    /// `dc:publisher`.
    public var publisher: Person?
    /// Entry image (`itunes:image`).
    public var image: String?

    public init(
        guid: String? = nil, link: String? = nil, title: String? = nil, author: String? = nil,
        published: Date? = nil, updated: Date? = nil, summary: String? = nil, content: String? = nil,
        categories: [Category] = [], enclosures: [Enclosure] = []
    ) {
        self.guid = guid
        self.link = link
        self.title = title
        self.author = author
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.categories = categories
        self.enclosures = enclosures
    }
}

/// A category term with its optional scheme (Atom `scheme`, RSS `domain`) and label.
public struct Category: Sendable, Hashable, Codable {
    public var term: String
    public var scheme: String?
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// A media attachment (RSS `<enclosure>`, Atom `link rel="enclosure"`, Media RSS content).
public struct Enclosure: Sendable, Hashable, Codable {
    public var url: String
    public var type: String?
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

/// A person construct: Atom `<author>`, RSS `<author>` ("mail (Name)"), dc:creator, itunes:author.
public struct Person: Sendable, Hashable, Codable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}

/// A text construct: value plus MIME type ("text/plain", "text/html", "application/xhtml+xml"),
/// language (`xml:lang`) and base URI in effect.
public struct TextDetail: Sendable, Hashable, Codable {
    public var value: String
    public var type: String
    public var language: String?
    public var base: String?
    /// Atom `content src="…"`.
    public var src: String?

    public init(value: String, type: String = "text/plain", language: String? = nil, base: String? = nil, src: String? = nil) {
        self.value = value
        self.type = type
        self.language = language
        self.base = base
        self.src = src
    }
}

/// A link with its relation (Atom `<link>`); `rel` defaults to "alternate".
public struct Link: Sendable, Hashable, Codable {
    public var href: String
    public var rel: String
    public var type: String?
    public var title: String?
    public var length: String?
    public var hreflang: String?

    public init(href: String, rel: String = "alternate", type: String? = nil, title: String? = nil, length: String? = nil, hreflang: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.length = length
        self.hreflang = hreflang
    }
}

/// Metadata of the feed an entry came from (Atom `<source>`, RSS `<source url="…">`).
public struct EntrySource: Sendable, Hashable, Codable {
    public var title: String?
    public var link: String?
    public var subtitle: String?
    public var updated: Date?
    /// For RSS `<source url>`: the URL of the source feed.
    public var href: String?
    public var details: FeedDetails

    public init(title: String? = nil, link: String? = nil, subtitle: String? = nil, updated: Date? = nil, href: String? = nil, details: FeedDetails = FeedDetails()) {
        self.title = title
        self.link = link
        self.subtitle = subtitle
        self.updated = updated
        self.href = href
        self.details = details
    }
}
