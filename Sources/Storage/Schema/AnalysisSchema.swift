import GRDB

/// Schema version 3: what the analysis pipeline found per item, entities across items, and the
/// document frequencies that keyphrase scoring reads.
enum AnalysisSchema {
    static func create(_ db: Database) throws {
        for sql in [itemAnalysis, keyphrase, termDF, entity, mention, quote] + indexes + [corpusCount] {
            try db.execute(sql: sql)
        }
    }

    static let itemAnalysis = """
        CREATE TABLE item_analysis (
            item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,
            pipeline_version INTEGER NOT NULL,
            analysed_at TEXT NOT NULL,
            language TEXT NOT NULL,                     -- ISO 639-1, or 'und'
            language_confidence REAL NOT NULL,
            clean_text TEXT NOT NULL,                   -- body without author line, credits, dateline
            author TEXT, credit TEXT, agency TEXT, dateline TEXT
        )
        """

    static let keyphrase = """
        CREATE TABLE keyphrase (
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            key TEXT NOT NULL,                          -- lower-cased stemmed form
            phrase TEXT NOT NULL,                       -- as written
            score REAL NOT NULL,
            rank INTEGER NOT NULL,
            PRIMARY KEY (item_id, key)
        ) WITHOUT ROWID
        """

    /// Items whose analysis contains each keyphrase key (kept exact by the writer).
    static let termDF = """
        CREATE TABLE term_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID
        """

    static let entity = """
        CREATE TABLE entity (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            canonical_key TEXT NOT NULL UNIQUE,         -- e.g. PER:lukaschenko
            name TEXT NOT NULL,
            kind TEXT NOT NULL,                         -- PER, ORG, LOC, MISC
            aliases TEXT NOT NULL DEFAULT '[]',         -- JSON: surface forms seen
            first_seen_at TEXT NOT NULL
        )
        """

    static let mention = """
        CREATE TABLE mention (
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            count INTEGER NOT NULL,
            first_offset INTEGER NOT NULL,
            PRIMARY KEY (item_id, entity_id)
        ) WITHOUT ROWID
        """

    static let quote = """
        CREATE TABLE quote (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
            speaker TEXT,
            speaker_entity_id INTEGER REFERENCES entity(id)
        )
        """

    static let indexes = [
        "CREATE INDEX keyphrase_key ON keyphrase(key)",
        "CREATE INDEX mention_entity ON mention(entity_id, item_id)",
        "CREATE INDEX quote_item ON quote(item_id)",
        "CREATE INDEX quote_speaker ON quote(speaker_entity_id)",
        "CREATE INDEX item_analysis_version ON item_analysis(pipeline_version)",
    ]

    /// How many items are analysed: the N of TF-IDF, kept in one row.
    static let corpusCount = """
        CREATE TABLE corpus_count (id INTEGER PRIMARY KEY CHECK (id = 1), analysed_items INTEGER NOT NULL);
        INSERT INTO corpus_count (id, analysed_items) VALUES (1, 0)
        """
}
