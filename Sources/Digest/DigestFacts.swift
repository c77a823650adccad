/// What the read-only queries found for a window, before trends and stories are added.
public struct DigestFacts: Sendable, Hashable {
    /// Items, new, updated and feed counts (syndicated copies and stories are filled by the assembler).
    public var numbers: DigestNumbers
    /// Candidate entities with their baseline, for trending.
    public var entitySeries: [EntitySeries]
    public var topEntities: [EntityTally]
    public var quotes: [DigestQuote]
    public var keyphrases: [PhraseTally]
    public var languages: [LanguageTally]
    public var itemsPerHour: [Int]
    public var feedHealth: [FeedHealthLine]
    public var runLog: RunLogSummary

    public init(
        numbers: DigestNumbers, entitySeries: [EntitySeries] = [], topEntities: [EntityTally] = [],
        quotes: [DigestQuote] = [], keyphrases: [PhraseTally] = [], languages: [LanguageTally] = [],
        itemsPerHour: [Int] = [], feedHealth: [FeedHealthLine] = [], runLog: RunLogSummary = RunLogSummary()
    ) {
        self.numbers = numbers
        self.entitySeries = entitySeries
        self.topEntities = topEntities
        self.quotes = quotes
        self.keyphrases = keyphrases
        self.languages = languages
        self.itemsPerHour = itemsPerHour
        self.feedHealth = feedHealth
        self.runLog = runLog
    }
}
