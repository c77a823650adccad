import Foundation
import FeedModel
import GRDB

/// Feeds: the configured list and its fetch state.
extension Store {
    /// The `disabled_reason` written for feeds the configuration lists with `enabled = false`.
    public static let disabledInConfigReason = "disabled in config"

    /// Makes the stored feed list match the configuration: inserts new feeds (due now), updates
    /// title, tags, interval and order of existing ones, clears `removed_at` of feeds listed again,
    /// and marks feeds no longer listed as removed (their items stay).
    ///
    /// A subscription with `enabled = false` disables its feed with `disabledInConfigReason`;
    /// listing it as enabled again re-enables it. Feeds disabled for other reasons (410 Gone, the
    /// operator) stay disabled until `setEnabled`.
    public func syncSubscriptions(_ subscriptions: [FeedSubscription], at: Date) throws {
        try write("syncSubscriptions") { db in
            for (position, subscription) in subscriptions.enumerated() {
                try upsert(subscription, position: position, at: at, db)
            }
            try markRemoved(keeping: Set(subscriptions.map(\.url)), at: at, db)
        }
    }

    private func upsert(_ subscription: FeedSubscription, position: Int, at: Date, _ db: Database) throws {
        let reason = Self.disabledInConfigReason
        try db.cachedStatement(sql: """
            INSERT INTO feed (url, config_title, tags, configured_interval, enabled, disabled_reason,
                              position, created_at)
            VALUES (:url, :title, :tags, :interval, :enabled, CASE WHEN :enabled THEN NULL ELSE :reason END,
                    :position, :at)
            ON CONFLICT (url) DO UPDATE SET
                config_title = excluded.config_title, tags = excluded.tags,
                configured_interval = excluded.configured_interval,
                position = excluded.position, removed_at = NULL,
                enabled = CASE
                    WHEN NOT :enabled THEN 0
                    WHEN disabled_reason = :reason THEN 1
                    ELSE enabled END,
                disabled_reason = CASE
                    WHEN NOT :enabled THEN COALESCE(disabled_reason, :reason)
                    WHEN disabled_reason = :reason THEN NULL
                    ELSE disabled_reason END
            """).execute(arguments: [
                "url": subscription.url, "title": subscription.title,
                "tags": JSONColumn.encode(subscription.tags), "interval": subscription.interval,
                "enabled": subscription.enabled, "reason": reason, "position": position, "at": at,
            ])
    }

    private func markRemoved(keeping urls: Set<String>, at: Date, _ db: Database) throws {
        let current = try Row.fetchAll(db, sql: "SELECT id, url FROM feed WHERE removed_at IS NULL")
        for row in current where !urls.contains(row["url"] as String) {
            try db.cachedStatement(sql: "UPDATE feed SET removed_at = ? WHERE id = ?")
                .execute(arguments: [at, row["id"] as Int64])
        }
    }

    /// Feeds currently configured (not removed), in configuration order, with their item counts.
    public func feeds() throws -> [FeedState] {
        try read("feeds") { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.feedColumns) FROM feed f
                WHERE f.removed_at IS NULL ORDER BY f.position, f.id
                """).map(RowDecoding.feedState)
        }
    }

    /// The configured (not removed) feed with this URL, or nil.
    public func feed(url: String) throws -> FeedState? {
        try read("feed", "feed \(url)") { db in
            try Row.fetchOne(db, sql: """
                SELECT \(RowDecoding.feedColumns) FROM feed f
                WHERE f.url = ? AND f.removed_at IS NULL
                """, arguments: [url]).map(RowDecoding.feedState)
        }
    }

    /// The feed with this id, removed or not, or nil.
    public func feed(id: Int64) throws -> FeedState? {
        try read("feed", "feed id \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoding.feedColumns) FROM feed f WHERE f.id = ?",
                             arguments: [id]).map(RowDecoding.feedState)
        }
    }

    /// Enabled, configured feeds whose `nextCheckAt` is unset or not after `at`: never-checked
    /// feeds first, then the most overdue, then configuration order.
    public func dueFeeds(at: Date, limit: Int? = nil) throws -> [FeedState] {
        try read("dueFeeds") { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.feedColumns) FROM feed f
                WHERE f.removed_at IS NULL AND f.enabled = 1
                  AND (f.next_check_at IS NULL OR f.next_check_at <= :at)
                ORDER BY f.next_check_at IS NOT NULL, f.next_check_at, f.position, f.id
                LIMIT :limit
                """, arguments: ["at": at, "limit": limit ?? -1]).map(RowDecoding.feedState)
        }
    }

    /// Enables or disables a configured feed. Enabling clears the disabled reason, the error count
    /// and `nextCheckAt` (due now); disabling records `reason`. Returns false when no such feed.
    @discardableResult
    public func setEnabled(url: String, enabled: Bool, reason: String?) throws -> Bool {
        try write("setEnabled", "feed \(url)") { db in
            let sql = enabled
                ? """
                  UPDATE feed SET enabled = 1, disabled_reason = NULL, error_count = 0, next_check_at = NULL
                  WHERE url = ? AND removed_at IS NULL
                  """
                : "UPDATE feed SET enabled = 0, disabled_reason = ? WHERE url = ? AND removed_at IS NULL"
            let arguments: StatementArguments = enabled ? [url] : [reason, url]
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount > 0
        }
    }
}
