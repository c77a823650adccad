import Foundation
import FeedModel
import GRDB

/// Reading and pruning stored items.
extension Store {
    /// Items newest first (by first-seen time, then id), filtered by feed URL, `since` (first seen at
    /// or after) and `limit`.
    public func items(_ query: ItemQuery) throws -> [StoredItem] {
        try read("items", query.feedURL.map { "feed \($0)" }) { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.itemColumns) FROM item i JOIN feed f ON f.id = i.feed_id
                WHERE (:feedURL IS NULL OR f.url = :feedURL)
                  AND (:since IS NULL OR i.first_seen_at >= :since)
                ORDER BY i.first_seen_at DESC, i.id DESC
                LIMIT :limit
                """, arguments: ["feedURL": query.feedURL, "since": query.since, "limit": query.limit ?? -1]
            ).map(RowDecoding.storedItem)
        }
    }

    /// One item by id, or nil.
    public func item(id: Int64) throws -> StoredItem? {
        try read("item", "item \(id)") { db in
            try Row.fetchOne(db, sql: """
                SELECT \(RowDecoding.itemColumns) FROM item i JOIN feed f ON f.id = i.feed_id
                WHERE i.id = ?
                """, arguments: [id]).map(RowDecoding.storedItem)
        }
    }

    /// How many items are stored, in all or for one feed.
    public func itemCount(feedID: Int64? = nil) throws -> Int {
        try read("itemCount") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE ? IS NULL OR feed_id = ?",
                             arguments: [feedID, feedID]) ?? 0
        }
    }

    /// Deletes items first seen before `cutoff` and leaves a tombstone for each, so the same entry
    /// is never stored as new again. Returns how many items were deleted.
    @discardableResult
    public func prune(olderThan cutoff: Date, at: Date = Date()) throws -> Int {
        try write("prune") { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO tombstone (feed_id, identity_key, pruned_at)
                SELECT feed_id, identity_key, ? FROM item WHERE first_seen_at < ?
                """, arguments: [at, cutoff])
            try db.execute(sql: """
                UPDATE term_df SET df = df - (SELECT COUNT(*) FROM keyphrase k JOIN item i ON i.id = k.item_id
                                              WHERE k.key = term_df.key AND i.first_seen_at < :cutoff)
                WHERE key IN (SELECT k.key FROM keyphrase k JOIN item i ON i.id = k.item_id WHERE i.first_seen_at < :cutoff)
                """, arguments: ["cutoff": cutoff])
            try db.execute(sql: "DELETE FROM term_df WHERE df <= 0")
            try db.execute(sql: """
                UPDATE corpus_count SET analysed_items = max(0, analysed_items - (
                    SELECT COUNT(*) FROM item_analysis a JOIN item i ON i.id = a.item_id WHERE i.first_seen_at < ?))
                """, arguments: [cutoff])
            if hasFullTextSearch {
                try FullTextIndex.removeItems(where: "first_seen_at < ?", arguments: [cutoff], db)
            }
            try db.execute(sql: "DELETE FROM item WHERE first_seen_at < ?", arguments: [cutoff])
            return db.changesCount
        }
    }

    /// How many identity keys are tombstoned, in all or for one feed.
    public func tombstoneCount(feedID: Int64? = nil) throws -> Int {
        try read("tombstoneCount") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tombstone WHERE ? IS NULL OR feed_id = ?",
                             arguments: [feedID, feedID]) ?? 0
        }
    }
}
