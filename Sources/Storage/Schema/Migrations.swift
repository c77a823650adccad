import GRDB

/// The schema's history. Append-only: one registered migration per schema version, never edited
/// once released. A change to the schema is a new `registerMigration` call at the end.
///
/// Conventions: dates are UTC text "YYYY-MM-DD HH:MM:SS.SSS" (GRDB's `Date` encoding), so they sort
/// and compare as text and `date(col)` works in plain SQL; booleans are 0/1; lists are JSON text.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try SchemaV1.create(db)
        }
        migrator.registerMigration("v2-observed-interval") { db in
            // The feed's observed publishing rate (seconds), for adaptive polling.
            try db.execute(sql: "ALTER TABLE feed ADD COLUMN observed_interval INTEGER")
            // The last document's polling hints (ttl, sy:update*, skipHours/skipDays), JSON.
            try db.execute(sql: "ALTER TABLE feed ADD COLUMN poll_hints TEXT")
            // Where the feed is fetched from after a confirmed permanent redirect.
            try db.execute(sql: "ALTER TABLE feed ADD COLUMN moved_to_url TEXT")
        }
        migrator.registerMigration("v3-analysis") { db in
            try AnalysisSchema.create(db)
        }
        migrator.registerMigration("v4-syndication") { db in
            try SyndicationSchema.create(db)
        }
        migrator.registerMigration("v5-digest") { db in
            try DigestSchema.create(db)
        }
        migrator.registerMigration("v6-stem-vector") { db in
            // Story features as blobs read per story candidate without parsing text: stems as a unit
            // vector (UInt64 stem hashes then Float32 weights), entity and keyphrase keys as sorted
            // UInt64 hashes, little-endian. Rows from before keep their text columns.
            try db.execute(sql: """
                ALTER TABLE item_fingerprint ADD COLUMN stem_vector BLOB;
                ALTER TABLE item_fingerprint ADD COLUMN entity_hashes BLOB;
                ALTER TABLE item_fingerprint ADD COLUMN keyphrase_hashes BLOB;
                """)
        }
        migrator.registerMigration("v7-bulk-fts") { db in
            try FullTextIndex.dropInsertTrigger(db)
        }
        migrator.registerMigration("v8-story-source") { db in
            // Each story member's source ('g' || group, else 'f' || feed), indexed per story, so a
            // join counts distinct sources with one index probe instead of re-reading every member.
            try db.execute(sql: """
                ALTER TABLE story_member ADD COLUMN source TEXT;
                UPDATE story_member SET source = (
                    SELECT COALESCE('g' || m.group_id, 'f' || i.feed_id) FROM item i
                    LEFT JOIN syndication_member m ON m.item_id = i.id WHERE i.id = story_member.item_id);
                CREATE INDEX story_member_source ON story_member(story_id, source);
                """)
        }
        migrator.registerMigration("v9-repair-prerelease") { db in
            // Databases written by development builds whose migrations were later extended: add the
            // columns those builds did not create (a no-op on every database made by a release).
            let wanted = [("feed", "moved_to_url", "TEXT"), ("item_fingerprint", "entity_hashes", "BLOB"),
                          ("item_fingerprint", "keyphrase_hashes", "BLOB")]
            for (table, column, type) in wanted where try !db.columns(in: table).contains(where: { $0.name == column }) {
                try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN \(column) \(type)")
            }
        }
        migrator.registerMigration("v10-fts-merge") { db in
            try FullTextIndex.setMergePolicy(db)
        }
        migrator.registerMigration("v11-fts-hashsize") { db in
            try FullTextIndex.setHashSize(db)
        }
        migrator.registerMigration("v12-fts-search-documents") { db in
            try FullTextIndex.makeContentless(db)
        }
        return migrator
    }
}

/// Schema version 1: feeds, run logs, items, tombstones, full-text index, reporting views.
enum SchemaV1 {
    static func create(_ db: Database) throws {
        for sql in [feed, run, fetch, item, tombstone] + indexes {
            try db.execute(sql: sql)
        }
        try FullTextIndex.createV1(db)
        try ReportingViews.createV1(db)
    }

    /// Configured feeds and everything learnt from fetching them. Removed feeds keep their row
    /// (and items) with `removed_at` set.
    static let feed = """
        CREATE TABLE feed (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL UNIQUE,
            title TEXT,                                 -- the feed's own title, from fetching
            config_title TEXT,                          -- title from the configuration; wins over title
            site_url TEXT,
            tags TEXT NOT NULL DEFAULT '[]',            -- JSON array of strings
            configured_interval INTEGER,                -- seconds; NULL = adaptive
            enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
            disabled_reason TEXT,
            removed_at TEXT,                            -- no longer in the configuration
            etag TEXT,                                  -- validators exactly as received
            last_modified TEXT,
            body_hash TEXT,                             -- SHA-256 hex of the last 200 body
            next_check_at TEXT,                         -- NULL = due now
            current_interval INTEGER,                   -- seconds
            error_count INTEGER NOT NULL DEFAULT 0,
            last_outcome TEXT,                          -- FetchOutcome raw value
            last_http_status INTEGER,
            last_error TEXT,
            last_check_at TEXT,
            last_success_at TEXT,
            permanent_redirect_url TEXT,
            permanent_redirect_count INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,        -- order in the configuration
            created_at TEXT NOT NULL
        )
        """

    /// One ingest run or daemon cycle.
    static let run = """
        CREATE TABLE run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,                         -- "ingest" | "daemon"
            started_at TEXT NOT NULL,
            finished_at TEXT,
            feeds_ok INTEGER NOT NULL DEFAULT 0,
            feeds_failed INTEGER NOT NULL DEFAULT 0,
            items_new INTEGER NOT NULL DEFAULT 0,
            items_updated INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'ok', 'partial', 'failed'))
        )
        """

    /// One fetch of one feed within a run.
    static let fetch = """
        CREATE TABLE fetch (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            outcome TEXT NOT NULL,                      -- FetchOutcome raw value
            http_status INTEGER,
            bytes INTEGER NOT NULL DEFAULT 0,
            duration REAL NOT NULL DEFAULT 0,           -- seconds
            items_seen INTEGER NOT NULL DEFAULT 0,
            items_new INTEGER NOT NULL DEFAULT 0,
            items_updated INTEGER NOT NULL DEFAULT 0,
            error TEXT
        )
        """

    /// Every item kept, once per (feed, identity key); `revision` counts stored changes.
    static let item = """
        CREATE TABLE item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            identity_key TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT,
            author TEXT,
            published_at TEXT,
            updated_at TEXT,                            -- the entry's own update time
            first_seen_at TEXT NOT NULL,
            last_changed_at TEXT NOT NULL,              -- when the stored revision was written
            summary TEXT,
            content TEXT,
            categories TEXT NOT NULL DEFAULT '[]',      -- JSON array of {term, scheme, label}
            enclosures TEXT NOT NULL DEFAULT '[]',      -- JSON array of {url, type, length}
            content_hash TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            UNIQUE (feed_id, identity_key)
        )
        """

    /// Identity keys of pruned items, so they never come back as new.
    static let tombstone = """
        CREATE TABLE tombstone (
            feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            identity_key TEXT NOT NULL,
            pruned_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, identity_key)
        ) WITHOUT ROWID
        """

    static let indexes = [
        "CREATE INDEX item_first_seen ON item(first_seen_at, id)",
        "CREATE INDEX item_feed_first_seen ON item(feed_id, first_seen_at)",
        "CREATE INDEX fetch_run ON fetch(run_id)",
        "CREATE INDEX fetch_feed ON fetch(feed_id, started_at)",
        "CREATE INDEX run_started ON run(started_at)",
    ]
}
