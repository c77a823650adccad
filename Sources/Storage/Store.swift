import Foundation
import FeedModel
import GRDB

/// The wirewatch database: the one place that speaks SQL.
public final class Store: Sendable {
    public init(path: String) throws {
        throw StoreError(message: "not built yet")
    }

    public static func inMemory() throws -> Store { throw StoreError(message: "not built yet") }

    /// Makes the stored feed list match the configuration: inserts new feeds, updates title, tags
    /// and interval of existing ones, marks feeds no longer configured as removed (their items stay).
    public func syncSubscriptions(_ subscriptions: [FeedSubscription], at: Date) throws {}

    /// Feeds currently configured (not removed), in configuration order.
    public func feeds() throws -> [FeedState] { [] }

    public func feed(url: String) throws -> FeedState? { nil }

    /// Opens a run record and returns its id.
    public func startRun(kind: String, at: Date) throws -> Int64 { 0 }

    /// Closes a run record with its totals.
    public func finishRun(_ run: RunRecord) throws {}

    /// Stores one fetched feed in one write transaction: the items (new ones inserted, changed ones
    /// updated with revision + 1, unchanged ones left alone), the feed's new state and the fetch record
    /// (with the item counts filled in). Returns the counts.
    public func commitFetch(feed: FeedState, record: FetchRecord, items: [ItemDraft], at: Date) throws -> StoreCounts { StoreCounts() }

    public func runs(last: Int) throws -> [RunRecord] { [] }

    public func fetches(runID: Int64) throws -> [FetchRecord] { [] }

    public func items(_ query: ItemQuery) throws -> [StoredItem] { [] }

    /// Re-enables a disabled feed (clears reason and backoff). Returns false when no such feed.
    public func setEnabled(url: String, enabled: Bool, reason: String?) throws -> Bool { false }
}

/// A storage failure with what was being done.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
