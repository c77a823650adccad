import FeedModel
import Foundation
import GRDB

/// Stories and syndicated copies of a time window (items first seen in it), for the digest.
extension Store {
    /// Stories with at least one item first seen in [start, end), most distinct sources first
    /// (a syndication group counts once), then most items; each with all its items.
    public func stories(from start: Date, to end: Date, limit: Int) throws -> [StorySummary] {
        try read("stories(from:to:)") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.* FROM story s
                JOIN (SELECT DISTINCT sm.story_id FROM item i JOIN story_member sm ON sm.item_id = i.id
                      WHERE i.first_seen_at >= ? AND i.first_seen_at < ?) w ON w.story_id = s.id
                ORDER BY s.source_count DESC, s.item_count DESC, s.last_seen DESC LIMIT ?
                """, arguments: [start, end, limit])
            return try rows.map { try Self.storySummary($0, db) }
        }
    }

    /// How many stories have an item first seen in [start, end).
    public func storyCount(from start: Date, to end: Date) throws -> Int {
        try read("storyCount") { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT sm.story_id) FROM item i JOIN story_member sm ON sm.item_id = i.id
                WHERE i.first_seen_at >= ? AND i.first_seen_at < ?
                """, arguments: [start, end]) ?? 0
        }
    }

    /// Items first seen in [start, end) that are copies of an earlier item (in a syndication group,
    /// not its canonical item).
    public func syndicatedCopyCount(from start: Date, to end: Date) throws -> Int {
        try read("syndicatedCopyCount") { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM item i JOIN syndication_member m ON m.item_id = i.id
                JOIN syndication_group g ON g.id = m.group_id
                WHERE i.first_seen_at >= ? AND i.first_seen_at < ? AND g.canonical_item_id IS NOT i.id
                """, arguments: [start, end]) ?? 0
        }
    }
}
