import Foundation

/// A story as a `StoryDigestSource` hands it over: its items, lead first.
public struct StoryInput: Sendable, Hashable {
    public var id: String
    /// The story's title; the lead item's title when nil.
    public var title: String?
    /// Items of the story, the lead (earliest or most central) first.
    public var items: [StoryItemInput]
    /// Entity display names, most mentioned first.
    public var entities: [String]
    public var quote: DigestQuote?
    public var syndicatedCopies: Int

    public init(id: String, title: String?, items: [StoryItemInput], entities: [String], quote: DigestQuote?, syndicatedCopies: Int) {
        self.id = id
        self.title = title
        self.items = items
        self.entities = entities
        self.quote = quote
        self.syndicatedCopies = syndicatedCopies
    }
}

/// One item of a story, with the clean text the summary is taken from.
public struct StoryItemInput: Sendable, Hashable {
    public var link: StorySourceLink
    public var cleanText: String

    public init(link: StorySourceLink, cleanText: String) {
        self.link = link
        self.cleanText = cleanText
    }
}
