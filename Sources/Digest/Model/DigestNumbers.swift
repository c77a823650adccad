/// The day's numbers at the top of every digest.
public struct DigestNumbers: Sendable, Hashable, Codable {
    /// Items first seen or changed in the window.
    public var items: Int
    /// Items first seen in the window.
    public var newItems: Int
    /// Stored items that changed in the window (first seen earlier).
    public var updatedItems: Int
    /// New items that are copies of another item (syndication); 0 until stories are connected.
    public var syndicatedCopies: Int
    /// Stories with an item in the window; 0 until stories are connected.
    public var stories: Int
    /// Enabled feeds whose last fetch succeeded.
    public var feedsOK: Int
    /// Enabled feeds whose last fetch failed.
    public var feedsFailing: Int
    /// Feeds disabled by the operator or by a permanent error.
    public var feedsDisabled: Int

    /// `feedsOK` as `feeds_ok` through snake-case conversion in both directions.
    enum CodingKeys: String, CodingKey {
        case items, newItems, updatedItems, syndicatedCopies, stories, feedsFailing, feedsDisabled
        case feedsOK = "feedsOk"
    }

    public init(
        items: Int = 0, newItems: Int = 0, updatedItems: Int = 0, syndicatedCopies: Int = 0, stories: Int = 0,
        feedsOK: Int = 0, feedsFailing: Int = 0, feedsDisabled: Int = 0
    ) {
        self.items = items
        self.newItems = newItems
        self.updatedItems = updatedItems
        self.syndicatedCopies = syndicatedCopies
        self.stories = stories
        self.feedsOK = feedsOK
        self.feedsFailing = feedsFailing
        self.feedsDisabled = feedsDisabled
    }
}
