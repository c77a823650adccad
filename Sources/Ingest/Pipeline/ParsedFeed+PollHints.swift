import FeedModel

extension ParsedFeed {
    /// The polling hints the document carries: ttl, sy:updatePeriod/updateFrequency, skipHours, skipDays.
    var pollHints: PollHints {
        PollHints(
            ttlMinutes: ttlMinutes,
            updatePeriodSeconds: PollHints.updatePeriod(updatePeriod, frequency: updateFrequency.map(String.init)),
            skipHours: skipHours, skipDays: skipDays)
    }
}
