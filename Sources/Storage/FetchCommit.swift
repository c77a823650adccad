import Foundation
import FeedModel
import GRDB

/// Storing one fetched feed: items, feed state and fetch record in one write transaction.
extension Store {
    /// Stores one fetched feed in one write transaction: the items (new ones inserted, changed ones
    /// updated with revision + 1, unchanged and tombstoned ones left alone), the feed's new state and
    /// the fetch record (with the item counts filled in). Returns the counts.
    ///
    /// Drafts that share an identity key count once and the later one wins. `feed.title` and
    /// `feed.siteURL` overwrite the stored ones only when non-nil; configuration columns (tags,
    /// interval, order) are not touched. `feed.enabled == false` disables the feed with
    /// `feed.disabledReason` (e.g. 410 Gone), but a commit never re-enables one: a feed the operator
    /// disabled while it was being fetched stays disabled (re-enable with `setEnabled`).
    /// `record.feedID` must be `feed.id`. Nothing is stored when this throws.
    @discardableResult
    public func commitFetch(
        feed: FeedState, record: FetchRecord, items: [ItemDraft], at: Date
    ) throws -> StoreCounts {
        try write("commitFetch", "feed \(feed.url)") { db in
            let (committed, search) = try commit(FetchCommit(feed: feed, record: record, items: items), at: at, db)
            try FullTextIndex.apply(search, db)
            return committed.counts
        }
    }

    /// `commitFetch` for several fetched feeds in one write transaction (a group commit): each feed in
    /// a savepoint of its own, so a feed that fails to store is rolled back alone and reported in its
    /// slot while the others are kept. Throws (storing nothing) only when the transaction itself fails.
    public func commitFetches(_ commits: [FetchCommit], at: Date) throws -> [Result<CommittedFetch, StoreError>] {
        try write("commitFetches", "\(commits.count) feeds") { db in
            // Index changes wait until every feed's savepoint has ended: FTS5 writes its pending
            // terms out at each savepoint's end (a segment per feed, merged again and again).
            var search: [SearchChange] = []
            let results: [Result<CommittedFetch, StoreError>] = commits.map { commit in
                Result {
                    var committed: (CommittedFetch, [SearchChange])!
                    try db.inSavepoint {
                        committed = try self.commit(commit, at: at, db)
                        return .commit
                    }
                    search += committed.1
                    return committed.0
                }.mapError { StoreError.wrapping($0, operation: "commitFetch", context: "feed \(commit.feed.url)") }
            }
            try FullTextIndex.apply(search, db)
            return results
        }
    }

    /// Stores one fetch; the index changes come back for the caller to make (`ItemWriter.store`).
    private func commit(_ commit: FetchCommit, at: Date, _ db: Database) throws -> (CommittedFetch, [SearchChange]) {
        let feed = commit.feed, record = commit.record
        guard record.feedID == feed.id else {
            throw StoreError(
                code: .invalidArgument,
                message: "fetch record names feed id \(record.feedID) but the feed is \(feed.id); "
                    + "pass the same feed")
        }
        let (counts, ids, search) = try ItemWriter(db: db, feedID: feed.id, at: at, indexing: hasFullTextSearch).store(commit.items)
        try updateState(feed, db)
        try insertFetch(record, counts: counts, db)
        return (CommittedFetch(counts: counts, itemIDs: ids), search)
    }

    /// Writes the fetch-derived columns of `feed` (the caller computed them).
    private func updateState(_ feed: FeedState, _ db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE feed SET
                title = COALESCE(:title, title), site_url = COALESCE(:siteURL, site_url),
                enabled = CASE WHEN :enabled THEN enabled ELSE 0 END,
                disabled_reason = CASE WHEN :enabled THEN disabled_reason ELSE :disabledReason END,
                etag = :etag, last_modified = :lastModified, body_hash = :bodyHash,
                next_check_at = :nextCheckAt, current_interval = :currentInterval,
                observed_interval = :observedInterval, poll_hints = :pollHints,
                error_count = :errorCount, last_outcome = :lastOutcome,
                last_http_status = :lastHTTPStatus, last_error = :lastError,
                last_check_at = :lastCheckAt, last_success_at = :lastSuccessAt,
                permanent_redirect_url = :redirectURL, permanent_redirect_count = :redirectCount,
                moved_to_url = :movedTo
            WHERE id = :id
            """).execute(arguments: [
                "title": feed.title, "siteURL": feed.siteURL, "enabled": feed.enabled,
                "disabledReason": feed.disabledReason,
                "etag": feed.etag, "lastModified": feed.lastModified, "bodyHash": feed.bodyHash,
                "nextCheckAt": feed.nextCheckAt, "currentInterval": feed.currentInterval,
                "observedInterval": feed.observedInterval, "pollHints": JSONColumn.encodeObject(feed.pollHints),
                "errorCount": feed.errorCount, "lastOutcome": feed.lastOutcome?.rawValue,
                "lastHTTPStatus": feed.lastHTTPStatus, "lastError": feed.lastError,
                "lastCheckAt": feed.lastCheckAt, "lastSuccessAt": feed.lastSuccessAt,
                "redirectURL": feed.permanentRedirectURL,
                "redirectCount": feed.permanentRedirectCount, "movedTo": feed.movedTo, "id": feed.id,
            ])
        guard db.changesCount > 0 else {
            throw StoreError(code: .notFound, message: "no feed with id \(feed.id); sync subscriptions first")
        }
    }
}

/// One fetched feed to store: its new state, the fetch record and the items parsed from it.
public struct FetchCommit: Sendable {
    public var feed: FeedState
    public var record: FetchRecord
    public var items: [ItemDraft]

    public init(feed: FeedState, record: FetchRecord, items: [ItemDraft]) {
        self.feed = feed
        self.record = record
        self.items = items
    }
}

/// What storing one fetched feed did: the counts, and the row id of each new or changed item by
/// identity key (what syndication needs next).
public struct CommittedFetch: Sendable {
    public var counts: StoreCounts
    public var itemIDs: [String: Int64]
}
