import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("Items, views and search")
struct ItemStoreTests {
    @Test("items are listed newest first and filtered by feed, since and limit")
    func query() throws {
        let store = try makeStore(feeds: ["https://a.example/", "https://b.example/"])
        try store.commit([draft("a1"), draft("a2")], url: "https://a.example/", at: minutes(0))
        try store.commit([draft("b1")], url: "https://b.example/", at: minutes(10))
        try store.commit([draft("a3")], url: "https://a.example/", at: minutes(20))

        #expect(try store.items(ItemQuery()).map(\.identityKey) == ["a3", "b1", "a2", "a1"])
        #expect(try store.items(ItemQuery(feedURL: "https://a.example/")).map(\.identityKey) == ["a3", "a2", "a1"])
        #expect(try store.items(ItemQuery(since: minutes(10))).map(\.identityKey) == ["a3", "b1"])
        #expect(try store.items(ItemQuery(feedURL: "https://a.example/", since: minutes(10), limit: 5)).map(\.identityKey) == ["a3"])
        #expect(try store.items(ItemQuery(limit: 2)).map(\.identityKey) == ["a3", "b1"])
        #expect(try store.items(ItemQuery(feedURL: "https://nowhere.example/")).isEmpty)
        let b1 = try #require(try store.items(ItemQuery(feedURL: "https://b.example/")).first)
        #expect(try store.item(id: b1.id) == b1)
        #expect(b1.feedURL == "https://b.example/")
        #expect(b1.url == "https://example.org/b1")
        #expect(try store.itemCount(feedID: try store.feed(url: "https://a.example/")?.id) == 3)
    }

    @Test("German text round-trips unchanged")
    func german() throws {
        let store = try makeStore()
        let title = "Staatsbesuch in China: Scholz trifft Xi – „Wir müssen reden“"
        let summary = "Peking – Der Bundeskanzler äußerte sich über Größe, Maß und Übersee. „Das ist gut so“, sagte er."
        let content = "<p>Von: Jörg Müller-Weiß</p><p>© Kay Nietfeld/dpa</p>"
        try store.commit([draft("de", title: title, summary: summary, content: content,
                               published: Date(timeIntervalSince1970: 1_799_999_000))])
        let item = try #require(try store.items(ItemQuery()).first)
        #expect(item.title == title)
        #expect(item.summary == summary)
        #expect(item.content == content)
        #expect(item.publishedAt == Date(timeIntervalSince1970: 1_799_999_000))
    }

    @Test("reporting views answer plain SQL")
    func views() throws {
        let store = try makeStore(feeds: ["https://a.example/", "https://b.example/"])
        try store.commit([draft("a1"), draft("a2")], url: "https://a.example/", at: t0)
        try store.commit([draft("a3")], url: "https://a.example/", at: t0.addingTimeInterval(86_400))
        try store.commit([draft("b1")], url: "https://b.example/", at: t0)
        try store.writer.read { db in
            let items = try Row.fetchAll(db, sql: "SELECT feed_url, title FROM v_items ORDER BY id")
            #expect(items.map { $0["feed_url"] as String } == ["https://a.example/", "https://a.example/",
                                                               "https://a.example/", "https://b.example/"])
            let daily = try Row.fetchAll(db, sql: "SELECT day, feed_url, items FROM v_daily_counts ORDER BY day, feed_url")
            #expect(daily.map { "\($0["day"] as String) \($0["feed_url"] as String) \($0["items"] as Int)" } == [
                "2027-01-15 https://a.example/ 2", "2027-01-15 https://b.example/ 1", "2027-01-16 https://a.example/ 1",
            ])
            let health = try Row.fetchAll(db, sql: "SELECT url, enabled, last_outcome, items_total FROM v_feed_health")
            #expect(health.map { $0["items_total"] as Int } == [3, 1])
            #expect(health.map { $0["last_outcome"] as String? } == [nil, nil])
        }
    }

    @Test("full-text search finds Lukaschenko, ignores case and diacritics", .enabled(if: fullTextAvailable))
    func search() throws {
        let store = try makeStore()
        try store.commit([
            draft("by", title: "Treffen in Minsk", summary: "Lukaschenko empfängt den Gast aus Peking."),
            draft("cn", title: "Staatsbesuch", content: "Der Kanzler äußerte sich in Peking zur Lage."),
        ])
        let hits = try store.search("lukaschenko")
        #expect(hits.count == 1)
        #expect(hits.first?.title == "Treffen in Minsk")
        #expect(hits.first?.snippet.contains("[Lukaschenko]") == true)
        #expect(try store.search("empfangt").count == 1)
        #expect(try store.search("Peking").count == 2)
        #expect(try store.search("Luka*").count == 1)
        #expect(try store.search("Kanzler \"OR").count == 0)
        #expect(try store.search("  ").isEmpty)
    }

    @Test("search passages are text: no markup, references decoded", .enabled(if: fullTextAvailable))
    func readableSnippets() throws {
        let store = try makeStore()
        let content = #"<p class="byline">Von: Jörg Müller</p><p><strong>Macron</strong> reist nach Peking &amp; Shanghai.</p>"#
            + #"<figure><img src="https://img.example.org/Macron.jpg" alt=""/><figcaption>© Macron/dpa</figcaption></figure>"#
        try store.commit([draft("fr", title: "Staatsbesuch", content: content)])
        let hit = try #require(try store.search("Shanghai").first)
        #expect(!hit.snippet.contains("<") && !hit.snippet.contains(">") && !hit.snippet.contains("&amp;"))
        #expect(hit.snippet.contains("Macron reist nach Peking & [Shanghai]"))
        // Markup is not indexed: a tag name or an attribute value finds nothing; a caption's text does.
        #expect(try store.search("figcaption").isEmpty)
        #expect(try store.search("img").isEmpty)
        #expect(try store.search("jpg").isEmpty)
        let caption = try #require(try store.search("dpa").first)
        #expect(caption.snippet.contains("© Macron/[dpa]"))
        #expect(!caption.snippet.contains("<"))
    }

    @Test("passages are the indexed text as it is: plain angle brackets stay, references are not decoded twice")
    func snippetEdges() throws {
        // The conversion the passages come from (markup never reaches a passage any more).
        #expect(SearchDocument.plainText("Kurs steigt, wenn a < b und [Zinsen] > 3 %") == "Kurs steigt, wenn a < b und [Zinsen] > 3 %")
        #expect(SearchDocument.plainText("…Müller</p><p><strong>Macron</strong> reist") == "…Müller Macron reist")
        for hostile in ["", "<", ">", "&", "&#", "&#;", "&#x;", "<<>>", "<a", "x &#x110000; &#xD800; &#0; y", "…\"/>"] {
            _ = SearchDocument.plainText(hostile)  // no crash, no trap
        }
        #expect(SearchDocument.plainText("x &#x110000; &#xD800; y") == "x &#x110000; &#xD800; y")
        #expect(SearchDocument.plainText("Preis&#8211;Leistung &#x201E;gut&#x201C; &bogus; &nbsp;x") == "Preis–Leistung „gut“ &bogus; x")
        guard fullTextAvailable else { return }
        // An article about markup: its text "&lt;b&gt;" (stored escaped once more) stays text.
        let store = try makeStore()
        try store.commit([draft("html", title: "HTML lernen", content: "<p>Fett wird mit &amp;lt;b&amp;gt; und a &lt; b markiert.</p>")])
        let hit = try #require(try store.search("markiert").first)
        #expect(hit.snippet == "Fett wird mit &lt;b&gt; und a < b [markiert].")
    }

    @Test("the search index follows updates and prunes", .enabled(if: fullTextAvailable))
    func searchFollowsChanges() throws {
        let store = try makeStore()
        try store.commit([draft("a", title: "Lukaschenko droht")], at: minutes(0))
        try store.commit([draft("a", hash: "v2", title: "Tokajew reist")], at: minutes(1))
        #expect(try store.search("Lukaschenko").isEmpty)
        #expect(try store.search("Tokajew").count == 1)
        try store.prune(olderThan: minutes(5))
        #expect(try store.search("Tokajew").isEmpty)
        let integrity = try store.writer.write { db in
            try db.execute(sql: "INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
            return true
        }
        #expect(integrity)
    }
}

@Suite("Search without FTS5")
struct SearchUnavailableTests {
    @Test("search says FTS5 is missing instead of failing obscurely", .enabled(if: !fullTextAvailable))
    func unavailable() throws {
        let error = #expect(throws: StoreError.self) { try Store.inMemory().search("x") }
        #expect(error?.code == .unavailable)
    }
}
