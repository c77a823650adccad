import GRDB

/// Schema version 5: rendered digests per day, the indexes the digest's queries need, and the
/// entities-by-day reporting view.
enum DigestSchema {
    static func create(_ db: Database) throws {
        for sql in [digest, entitiesByDay, digestsView] + indexes {
            try db.execute(sql: sql)
        }
    }

    /// One digest per day (the day in the configured time zone); running it again replaces it.
    static let digest = """
        CREATE TABLE digest (
            day TEXT PRIMARY KEY,                       -- YYYY-MM-DD in the digest's time zone
            time_zone TEXT NOT NULL,
            window_start TEXT NOT NULL,
            window_end TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            json TEXT NOT NULL,
            markdown TEXT NOT NULL,
            html TEXT NOT NULL
        ) WITHOUT ROWID
        """

    /// Items and mentions per UTC day and entity.
    static let entitiesByDay = """
        CREATE VIEW v_entities_by_day AS
        SELECT date(i.first_seen_at) AS day, e.kind, e.name, e.canonical_key,
               COUNT(*) AS items, SUM(m.count) AS mentions
        FROM mention m JOIN entity e ON e.id = m.entity_id JOIN item i ON i.id = m.item_id
        GROUP BY date(i.first_seen_at), e.id
        """

    /// Stored digests without their bodies.
    static let digestsView = """
        CREATE VIEW v_digests AS
        SELECT day, time_zone, window_start, window_end, generated_at,
               length(markdown) AS markdown_chars, length(html) AS html_chars
        FROM digest
        """

    static let indexes = [
        // Items that changed in a window (the digest's "updated" count). The other digest queries
        // use item_first_seen and the (item_id, …) primary keys of mention, keyphrase and
        // item_analysis, plus mention_entity for the baseline of chosen entities.
        "CREATE INDEX item_last_changed ON item(last_changed_at)",
    ]
}
