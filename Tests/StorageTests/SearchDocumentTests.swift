import FeedModel
import Foundation
import GRDB
import Testing
@testable import Storage

@Suite("Search documents: what the full-text index holds")
struct SearchDocumentTests {
    @Test("tags go, block tags separate words and inline ones do not, references are decoded")
    func plainText() {
        #expect(SearchDocument.plainText("<p>Erster Satz.</p><p>Zweiter <strong>Satz</strong>.</p>") == "Erster Satz. Zweiter Satz.")
        #expect(SearchDocument.plainText("Wort<em>teil</em> und<br/>Zeile") == "Wortteil und Zeile")
        #expect(SearchDocument.plainText(#"<a href="https://example.org/x?a=1&amp;b=2">Link</a> &amp; mehr"#) == "Link & mehr")
        #expect(SearchDocument.plainText("Preis&#8211;Leistung &#x201E;gut&#x201C; &bogus; a&nbsp;b") == "Preis–Leistung „gut“ &bogus; a b")
        #expect(SearchDocument.plainText("Kurs steigt, wenn a < b und Zinsen > 3 %") == "Kurs steigt, wenn a < b und Zinsen > 3 %")
        #expect(SearchDocument.plainText("  Zeile\n\n  und\tmehr  ") == "Zeile und mehr")
        #expect(SearchDocument.plainText("Schon Text.") == "Schon Text.")
        #expect(SearchDocument.plainText("") == "")
        #expect(SearchDocument.plainText("<img src=\"x.jpg\" alt=\"\"/>") == "")
        // A tag left open swallows the rest (it is not text); bad references stay as written.
        #expect(SearchDocument.plainText("Anfang <a href=\"x") == "Anfang")
        #expect(SearchDocument.plainText("x &#x110000; &#xD800; &#0; &#; &# y") == "x &#x110000; &#xD800; &#0; &#; &# y")
        for hostile in ["<", ">", "&", "<<>>", "<a", "&#", "&amp", "\u{0}<p\u{0}>", String(repeating: "<p>", count: 10_000)] {
            _ = SearchDocument.plainText(hostile)  // no crash, no trap
        }
    }

    @Test("the fast conversion equals a plain reading of the same rules on random markup")
    func matchesReference() {
        let pieces = ["a", "Ü", "wort", " ", "  ", "\n", "\t", "<p>", "</p>", "<em>", "</em>", "<br/>", "<a href=\"x\">",
                      "&amp;", "&#x41;", "&nbsp;", "&bogus;", "<", "&", ">", "<!-- c -->", "„"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SearchDocument.plainText(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// The rules read one character at a time: tags out (block ones leave a space), references
    /// decoded (a whitespace one is a space), whitespace runs one space, none at either end.
    static func reference(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var pending = false
        func emit(_ b: UInt8) {
            if pending, !out.isEmpty { out.append(32) }
            pending = false
            out.append(b)
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 60, i + 1 < bytes.count, bytes[i + 1] == 47 || bytes[i + 1] == 33 || bytes[i + 1] == 63 || (bytes[i + 1] | 0x20) >= 97 && (bytes[i + 1] | 0x20) <= 122 {
                guard let end = bytes[(i + 1)...].firstIndex(of: 62) else { break }
                let name = String(decoding: bytes[(i + 1)..<end].drop(while: { $0 == 47 }).prefix(while: { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || $0 >= 48 && $0 <= 57 }), as: UTF8.self).lowercased()
                if !["a", "em", "strong", "span", "b", "i"].contains(name) { pending = true }
                i = end + 1
                continue
            }
            if b == 38, let semicolon = bytes[i...].prefix(12).firstIndex(of: 59) {
                let body = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
                let decoded: Unicode.Scalar? = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"][body]
                    ?? (body.hasPrefix("#x") ? UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) : nil)
                if let decoded {
                    if decoded.properties.isWhitespace { pending = true } else { for u in UTF8.encode(decoded)! { emit(u) } }
                    i = semicolon + 1
                    continue
                }
            }
            if b == 32 || b == 9 || b == 10 || b == 13 { pending = true } else { emit(b) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("the title is indexed as it is; summary and content as text")
    func document() {
        let document = SearchDocument(title: "A <b> title", summary: "<p>Kurz</p>", content: nil)
        #expect(document.title == "A <b> title")
        #expect(document.summary == "Kurz")
        #expect(document.content == nil)
    }

    @Test("updates, repeated updates and prunes keep the contentless index exact", .enabled(if: fullTextAvailable))
    func indexFollowsChanges() throws {
        let store = try makeStore()
        try store.commit([draft("a", title: "Erste", summary: "<p>Lukaschenko droht</p>")], at: minutes(0))
        try store.commit([draft("b", title: "Andere", content: "<div>Hamburg <em>Hafen</em></div>")], at: minutes(1))
        for (step, word) in ["Tokajew", "Alijew", "Paschinjan"].enumerated() {
            try store.commit([draft("a", hash: "v\(step)", title: "Neu", summary: "<p>\(word) reist</p>")], at: minutes(Double(2 + step)))
        }
        #expect(try store.search("Lukaschenko").isEmpty)
        #expect(try store.search("Tokajew").isEmpty)
        #expect(try store.search("Alijew").isEmpty)
        #expect(try store.search("Paschinjan").count == 1)
        #expect(try store.search("Hafen").count == 1)
        // Drafts built without a search document (as here) and with one (the pipeline's) index alike.
        var made = draft("c", summary: "<p>Bremen &amp; Kiel</p>")
        made.search = SearchDocument(title: made.entry.title, summary: made.entry.summary, content: made.entry.content)
        try store.commit([made], at: minutes(10))
        #expect(try store.search("Kiel").count == 1)
        try store.writer.write { try FullTextIndex.checkIntegrity($0) }
        // Items first seen at minutes 0 and 1 go; the one from minute 10 stays.
        try store.prune(olderThan: minutes(3))
        #expect(try store.search("Hafen").isEmpty)
        #expect(try store.search("Paschinjan").isEmpty)
        #expect(try store.search("Kiel").count == 1)
        try store.writer.write { try FullTextIndex.checkIntegrity($0) }
        // One index entry per stored item, no more (a pruned or replaced entry left behind would count).
        let indexed = try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item_fts") }
        #expect(indexed == (try store.itemCount()))
    }

    @Test("an index of another document version is emptied and built again when the database opens", .enabled(if: fullTextAvailable))
    func reindexesStaleVersion() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            let store = try Store(path: path)
            try store.syncSubscriptions([FeedSubscription(url: "https://example.org/feed")], at: t0)
            try store.commit([draft("a", summary: "<p>Lukaschenko in Minsk</p>")])
            // As if another version had made the documents: a phantom entry a rebuild must drop.
            try store.writer.write { db in
                try db.execute(sql: "UPDATE search_document SET version = 0")
                try db.execute(sql: "INSERT INTO item_fts(rowid, title, summary, content) VALUES (999, 'Phantom', NULL, NULL)")
            }
        }
        let store = try Store(path: path)
        let (version, phantoms) = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT version FROM search_document"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item_fts WHERE item_fts MATCH 'phantom'"))
        }
        #expect(version == SearchDocument.version)
        #expect(phantoms == 0)
        #expect(try store.search("Lukaschenko").count == 1)
        try store.writer.write { try FullTextIndex.checkIntegrity($0) }
    }

    @Test("a database from before v12 is indexed again as documents", .enabled(if: fullTextAvailable))
    func migratesOldIndex() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: "v11-fts-hashsize")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO feed (url, created_at) VALUES ('https://example.org/feed', '2026-01-01 00:00:00.000')")
                try db.execute(sql: """
                    INSERT INTO item (feed_id, identity_key, title, summary, content, content_hash, first_seen_at, last_changed_at)
                    VALUES (1, 'k', 'Titel', '<p class="teaser">Macron in <strong>Peking</strong></p>', NULL, 'h',
                            '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')
                    """)
                try db.execute(sql: "INSERT INTO item_fts(rowid, title, summary, content) SELECT id, title, summary, content FROM item")
                // The old index holds markup words.
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item_fts WHERE item_fts MATCH 'teaser'") == 1)
            }
        }
        let store = try Store(path: path)
        #expect(try store.search("Peking").count == 1)
        #expect(try store.search("teaser").isEmpty)
        #expect(try store.search("strong").isEmpty)
        try store.commit([draft("k", hash: "h2", title: "Titel", summary: "Macron in Shanghai")], url: "https://example.org/feed")
        #expect(try store.search("Peking").isEmpty)
        #expect(try store.search("Shanghai").count == 1)
        try store.writer.write { try FullTextIndex.checkIntegrity($0) }
    }
}
