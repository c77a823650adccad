import Foundation

/// A direct quotation with its speaker and the item it came from.
public struct DigestQuote: Sendable, Hashable, Codable {
    public var text: String
    public var speaker: String?
    public var itemTitle: String?
    /// The item's link; renderers show only http(s) links.
    public var url: String?
    public var feedTitle: String?
    public var publishedAt: Date?

    public init(
        text: String, speaker: String?, itemTitle: String? = nil, url: String? = nil, feedTitle: String? = nil,
        publishedAt: Date? = nil
    ) {
        self.text = text
        self.speaker = speaker
        self.itemTitle = itemTitle
        self.url = url
        self.feedTitle = feedTitle
        self.publishedAt = publishedAt
    }
}
