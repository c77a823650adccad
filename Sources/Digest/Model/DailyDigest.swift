import Foundation

/// One day's digest: every fact the Markdown, HTML and JSON renderers print, and nothing else.
///
/// A value built from read-only queries (see `DigestAssembler`); rendering it is pure.
public struct DailyDigest: Sendable, Hashable, Codable {
    /// The digest's day, "YYYY-MM-DD" in `timeZone` (or the first day of a --since/--until range).
    public var date: String
    /// IANA name of the time zone the day is cut in.
    public var timeZone: String
    /// The covered interval: [start, end).
    public var windowStart: Date
    public var windowEnd: Date
    public var generatedAt: Date
    public var numbers: DigestNumbers
    public var stories: StorySection
    public var trending: [TrendingEntity]
    public var topEntities: [EntityTally]
    public var quotes: [DigestQuote]
    public var keyphrases: [PhraseTally]
    public var languages: [LanguageTally]
    /// Items first seen per hour of the window, from its start.
    public var itemsPerHour: [Int]
    /// Feeds that are failing or disabled.
    public var feedHealth: [FeedHealthLine]
    public var runLog: RunLogSummary

    public init(
        date: String, timeZone: String, windowStart: Date, windowEnd: Date, generatedAt: Date,
        numbers: DigestNumbers, stories: StorySection = StorySection(), trending: [TrendingEntity] = [],
        topEntities: [EntityTally] = [], quotes: [DigestQuote] = [], keyphrases: [PhraseTally] = [],
        languages: [LanguageTally] = [], itemsPerHour: [Int] = [], feedHealth: [FeedHealthLine] = [],
        runLog: RunLogSummary = RunLogSummary()
    ) {
        self.date = date
        self.timeZone = timeZone
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.generatedAt = generatedAt
        self.numbers = numbers
        self.stories = stories
        self.trending = trending
        self.topEntities = topEntities
        self.quotes = quotes
        self.keyphrases = keyphrases
        self.languages = languages
        self.itemsPerHour = itemsPerHour
        self.feedHealth = feedHealth
        self.runLog = runLog
    }
}
