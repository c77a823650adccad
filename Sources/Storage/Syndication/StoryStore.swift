import FeedModel
import Foundation
import GRDB

/// Listing stories with their items and sources.
extension Store {
    /// Stories whose last item is at or after `since` (all when nil), most recently active first,
    /// each with its items in time order.
    public func stories(since: Date?, limit: Int = 100) throws -> [StorySummary] {
        try read("stories") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM story WHERE (? IS NULL OR last_seen >= ?) ORDER BY last_seen DESC, id DESC LIMIT ?
                """, arguments: [since, since, limit])
            return try rows.map { try Self.storySummary($0, db) }
        }
    }

    /// One story with its items, nil when there is none with that id.
    public func story(id: Int64) throws -> StorySummary? {
        try read("story", "story \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM story WHERE id = ?", arguments: [id]).map { try Self.storySummary($0, db) }
        }
    }

    static func storySummary(_ row: Row, _ db: Database) throws -> StorySummary {
        let items = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT i.id, f.url AS feed_url, i.title, i.url, COALESCE(i.published_at, i.first_seen_at) AS time, m.group_id
            FROM story_member s JOIN item i ON i.id = s.item_id JOIN feed f ON f.id = i.feed_id
            LEFT JOIN syndication_member m ON m.item_id = s.item_id
            WHERE s.story_id = ? ORDER BY time, i.id
            """), arguments: [row["id"]]
        ).map { item in
            StoryItem(
                itemID: item["id"], feedURL: item["feed_url"], title: item["title"], url: item["url"], time: item["time"],
                groupID: item["group_id"])
        }
        return StorySummary(
            id: row["id"], title: row["title"], firstSeen: row["first_seen"], lastSeen: row["last_seen"],
            itemCount: row["item_count"], sourceCount: row["source_count"], items: items)
    }
}
