import FeedModel
import Foundation

/// What the digest's read-only queries found for one window, in Storage's own terms. The CLI maps
/// it into the `Digest` module's model.
public struct DigestRows: Sendable, Hashable {
    /// Items first seen in the window.
    public var newItems = 0
    /// Items first seen earlier and changed in the window.
    public var updatedItems = 0
    public var feedsOK = 0
    public var feedsFailing = 0
    public var feedsDisabled = 0
    /// Items first seen per hour from the window's start.
    public var itemsPerHour: [Int] = []
    /// Entities of the window (most items first), then entities only the baseline knows.
    public var entities: [EntityDays] = []
    public var quotes: [QuoteRow] = []
    public var keyphrases: [Tally] = []
    public var languages: [Tally] = []
    public var feedProblems: [FeedProblem] = []
    public var runs = RunTotals()

    public init() {}

    /// An entity with its items in the window and on each baseline day.
    public struct EntityDays: Sendable, Hashable {
        /// `items` and `mentions` count the window.
        public var entity: EntityCount
        /// Items per baseline day, in the order the days were given.
        public var baseline: [Int]
    }

    /// A direct quote with a speaker and its item.
    public struct QuoteRow: Sendable, Hashable {
        public var text: String
        public var speaker: String
        public var speakerKey: String?
        public var itemTitle: String?
        public var url: String?
        public var feedTitle: String?
        public var publishedAt: Date?
    }

    /// A label with a count of items.
    public struct Tally: Sendable, Hashable {
        public var label: String
        public var items: Int
    }

    /// A failing or disabled feed.
    public struct FeedProblem: Sendable, Hashable {
        public var url: String
        public var title: String?
        public var enabled: Bool
        public var reason: String?
        /// First failed fetch after the last success.
        public var since: Date?
        public var errorCount: Int
    }

    /// Runs started in the window and their fetches.
    public struct RunTotals: Sendable, Hashable {
        public var runs = 0, ok = 0, partial = 0, failed = 0, fetches = 0, fetchErrors = 0, bytes = 0
    }
}
