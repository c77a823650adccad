import FeedModel

extension ParsedFeed {
    /// The polling hints the document carries (ttl today; sy:update* and skipHours/skipDays when parsed).
    var pollHints: PollHints {
        PollHints(ttlMinutes: ttlMinutes)
    }
}
