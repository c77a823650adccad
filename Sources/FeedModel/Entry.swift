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
