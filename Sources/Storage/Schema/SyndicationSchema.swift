import GRDB

/// Schema version 4: copy fingerprints with their LSH lookup keys, syndication groups, stories.
enum SyndicationSchema {
    static func create(_ db: Database) throws {
        for sql in [fingerprint, fingerprintKey, group, groupMember, story, storyMember, storyKey] + indexes + [itemView] {
            try db.execute(sql: sql)
        }
    }

    /// One fingerprint per item (replaced when the item changes).
    static let fingerprint = """
        CREATE TABLE item_fingerprint (
            item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,
            canonical_url TEXT,                         -- CanonicalURL.normalise(link)
            title_key TEXT NOT NULL,                    -- normalised title
            body_hash INTEGER,                          -- 64-bit hash of the clean body's words
            simhash INTEGER NOT NULL,                   -- 64-bit SimHash of word shingles
            minhash BLOB NOT NULL,                      -- MinHash signature, UInt32 little-endian
            shingle_count INTEGER NOT NULL,
            sentence_hashes BLOB NOT NULL,              -- Int64 little-endian, one per sentence
            entity_keys TEXT NOT NULL DEFAULT '',       -- story features: entity canonical keys, one a line
            keyphrase_keys TEXT NOT NULL DEFAULT '',    -- keyphrase keys, one a line
            stems TEXT NOT NULL DEFAULT ''              -- "stem<TAB>weight" lines (lines, not JSON: read per candidate)
        )
        """

    /// The indexed lookup keys of each fingerprint: LSH bands, sentence anchors, body and URL hashes.
    static let fingerprintKey = """
        CREATE TABLE fingerprint_key (
            key INTEGER NOT NULL,
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            PRIMARY KEY (key, item_id)
        ) WITHOUT ROWID
        """

    static let group = """
        CREATE TABLE syndication_group (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            canonical_item_id INTEGER REFERENCES item(id) ON DELETE SET NULL,   -- the earliest copy
            created_at TEXT NOT NULL
        )
        """

    static let groupMember = """
        CREATE TABLE syndication_member (
            item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL REFERENCES syndication_group(id) ON DELETE CASCADE,
            is_variant INTEGER NOT NULL DEFAULT 0 CHECK (is_variant IN (0, 1)),
            similarity REAL NOT NULL
        )
        """

    static let story = """
        CREATE TABLE story (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT,                                 -- the most central item's title
            title_item_id INTEGER REFERENCES item(id) ON DELETE SET NULL,
            first_seen TEXT NOT NULL,                   -- earliest item time (published, else first seen)
            last_seen TEXT NOT NULL,
            item_count INTEGER NOT NULL,
            source_count INTEGER NOT NULL               -- distinct feeds; a syndication group counts once
        )
        """

    static let storyMember = """
        CREATE TABLE story_member (
            item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
            similarity REAL
        )
        """

    /// Keyphrase and entity keys of each story's items, with the last time each was seen there:
    /// how a new item finds the open stories it may join without reading them all.
    static let storyKey = """
        CREATE TABLE story_key (
            key TEXT NOT NULL,                          -- keyphrase key, or entity canonical key
            story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
            last_seen TEXT NOT NULL,
            PRIMARY KEY (key, story_id)
        ) WITHOUT ROWID
        """

    static let indexes = [
        "CREATE INDEX story_key_recent ON story_key(key, last_seen)",
        "CREATE INDEX story_key_story ON story_key(story_id)",
        "CREATE INDEX fingerprint_key_item ON fingerprint_key(item_id)",
        "CREATE INDEX syndication_member_group ON syndication_member(group_id)",
        "CREATE INDEX story_last_seen ON story(last_seen)",
        "CREATE INDEX story_member_story ON story_member(story_id)",
    ]

    /// Group and story of every item, for `sqlite3` and Datasette users.
    static let itemView = """
        CREATE VIEW item_syndication AS
        SELECT i.id AS item_id, sm.group_id AS syndication_group, g.canonical_item_id AS canonical_item,
               COALESCE(sm.is_variant, 0) AS variant, st.story_id AS story_id
        FROM item i
        LEFT JOIN syndication_member sm ON sm.item_id = i.id
        LEFT JOIN syndication_group g ON g.id = sm.group_id
        LEFT JOIN story_member st ON st.item_id = i.id
        """
}
