import GRDB

/// Views for `sqlite3` and Datasette users: answers without reading the code.
enum ReportingViews {
    static func createV1(_ db: Database) throws {
        for sql in [items, dailyCounts, feedHealth] {
            try db.execute(sql: sql)
        }
    }

    /// Items with their feed's URL and title.
    static let items = """
        CREATE VIEW v_items AS
        SELECT i.id, f.url AS feed_url, COALESCE(f.config_title, f.title) AS feed_title,
               i.identity_key, i.guid, i.url, i.title, i.author, i.published_at, i.updated_at,
               i.first_seen_at, i.last_changed_at, i.revision, i.summary, i.content, i.categories,
               i.enclosures, i.feed_id
        FROM item i JOIN feed f ON f.id = i.feed_id
        """

    /// Items first seen per UTC day and feed.
    static let dailyCounts = """
        CREATE VIEW v_daily_counts AS
        SELECT date(i.first_seen_at) AS day, f.url AS feed_url,
               COALESCE(f.config_title, f.title) AS feed_title, COUNT(*) AS items
        FROM item i JOIN feed f ON f.id = i.feed_id
        GROUP BY date(i.first_seen_at), f.id
        """

    /// One line per configured feed: is it working, and how much has it given.
    static let feedHealth = """
        CREATE VIEW v_feed_health AS
        SELECT f.url, COALESCE(f.config_title, f.title) AS title, f.enabled, f.disabled_reason,
               f.last_outcome, f.last_http_status, f.last_error, f.error_count, f.last_success_at, f.next_check_at,
               (SELECT COUNT(*) FROM item i WHERE i.feed_id = f.id) AS items_total
        FROM feed f
        WHERE f.removed_at IS NULL
        ORDER BY f.position, f.id
        """
}
