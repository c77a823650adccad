import Foundation

/// One top story: its title, an extractive summary, its sources, entities and a key quote.
public struct DigestStory: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Two or three sentences taken from the lead item's clean text.
    public var summary: [String]
    public var sources: [StorySourceLink]
    /// Display names of the story's most mentioned entities.
    public var entities: [String]
    public var quote: DigestQuote?
    /// Copies of the story's items under other domains.
    public var syndicatedCopies: Int

    public init(
        id: String, title: String, summary: [String], sources: [StorySourceLink], entities: [String],
        quote: DigestQuote?, syndicatedCopies: Int
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.sources = sources
        self.entities = entities
        self.quote = quote
        self.syndicatedCopies = syndicatedCopies
    }
}

/// An item of a story as listed under it: where it appeared and when.
public struct StorySourceLink: Sendable, Hashable, Codable {
    public var title: String?
    public var feedTitle: String?
    /// Renderers show only http(s) links.
    public var url: String?
    public var publishedAt: Date?

    public init(title: String?, feedTitle: String?, url: String?, publishedAt: Date?) {
        self.title = title
        self.feedTitle = feedTitle
        self.url = url
        self.publishedAt = publishedAt
    }
}
