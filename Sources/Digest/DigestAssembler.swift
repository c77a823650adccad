import Foundation

/// Builds a `DailyDigest` from facts read by Storage and a story source. Pure apart from the
/// story source it is given; time and window are passed in.
public struct DigestAssembler: Sendable {
    public var ranker: TrendRanker
    public var storyBuilder: StorySectionBuilder
    public var storyLimit: Int

    public init(ranker: TrendRanker = TrendRanker(), storyBuilder: StorySectionBuilder = StorySectionBuilder(), storyLimit: Int = 8) {
        self.ranker = ranker
        self.storyBuilder = storyBuilder
        self.storyLimit = storyLimit
    }

    /// The digest of `window` (labelled `date` in `timeZone`).
    public func assemble(
        date: String, timeZone: TimeZone, window: DateInterval, generatedAt: Date, facts: DigestFacts,
        stories: any StoryDigestSource
    ) throws -> DailyDigest {
        var numbers = facts.numbers
        numbers.syndicatedCopies = try stories.syndicatedCopies(in: window)
        numbers.stories = try stories.storyCount(in: window)
        let section = storyBuilder.section(try stories.topStories(in: window, limit: storyLimit), connected: stories.isConnected)
        return DailyDigest(
            date: date, timeZone: timeZone.identifier, windowStart: window.start, windowEnd: window.end,
            generatedAt: generatedAt, numbers: numbers, stories: section, trending: ranker.rank(facts.entitySeries),
            topEntities: facts.topEntities, quotes: facts.quotes, keyphrases: facts.keyphrases,
            languages: facts.languages, itemsPerHour: facts.itemsPerHour, feedHealth: facts.feedHealth,
            runLog: facts.runLog)
    }
}
