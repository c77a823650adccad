import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("Feeds")
struct FeedStoreTests {
    @Test("sync adds, updates, reorders and removes feeds")
    func sync() throws {
        let store = try Store.inMemory()
        try store.syncSubscriptions([
            .init(url: "https://a.example/rss", title: "A", tags: ["de"], interval: 600),
            .init(url: "https://b.example/rss"),
        ], at: t0)
        var feeds = try store.feeds()
        #expect(feeds.map(\.url) == ["https://a.example/rss", "https://b.example/rss"])
        #expect(feeds[0].title == "A")
        #expect(feeds[0].tags == ["de"])
        #expect(feeds[0].configuredInterval == 600)
        #expect(feeds.allSatisfy { $0.enabled && $0.nextCheckAt == nil && $0.itemsTotal == 0 })

        try store.syncSubscriptions([
            .init(url: "https://c.example/rss"),
            .init(url: "https://a.example/rss", title: "A renamed", tags: ["de", "politik"]),
        ], at: minutes(1))
        feeds = try store.feeds()
        #expect(feeds.map(\.url) == ["https://c.example/rss", "https://a.example/rss"])
        #expect(feeds[1].title == "A renamed")
        #expect(feeds[1].tags == ["de", "politik"])
        #expect(feeds[1].configuredInterval == nil)
        #expect(try store.feed(url: "https://b.example/rss") == nil)

        try store.syncSubscriptions([.init(url: "https://b.example/rss")], at: minutes(2))
        #expect(try store.feeds().map(\.url) == ["https://b.example/rss"])
    }

    @Test("a removed feed keeps its items and its id when listed again")
    func removedKeepsItems() throws {
        let store = try makeStore()
        try store.commit([draft("a")])
        let id = try #require(try store.feed(url: "https://example.org/feed")?.id)
        try store.syncSubscriptions([], at: minutes(1))
        #expect(try store.feeds().isEmpty)
        #expect(try store.itemCount() == 1)
        try store.syncSubscriptions([.init(url: "https://example.org/feed")], at: minutes(2))
        let again = try #require(try store.feed(url: "https://example.org/feed"))
        #expect(again.id == id)
        #expect(again.itemsTotal == 1)
    }

    @Test("a feed title from the config wins over the feed's own title")
    func configTitleWins() throws {
        let store = try Store.inMemory()
        try store.syncSubscriptions([.init(url: "https://example.org/feed", title: "Configured")], at: t0)
        var feed = try #require(try store.feed(url: "https://example.org/feed"))
        feed.title = "From the feed"
        let run = try store.startRun(kind: "ingest", at: t0)
        try store.commitFetch(feed: feed, record: .init(runID: run, feedID: feed.id, startedAt: t0, outcome: .ok),
                              items: [], at: t0)
        #expect(try store.feed(url: feed.url)?.title == "Configured")
        try store.syncSubscriptions([.init(url: "https://example.org/feed")], at: t0)
        #expect(try store.feed(url: feed.url)?.title == "From the feed")
    }

    @Test("setEnabled disables with a reason and re-enabling clears backoff")
    func enableDisable() throws {
        let store = try makeStore()
        var feed = try #require(try store.feed(url: "https://example.org/feed"))
        feed.enabled = false
        feed.disabledReason = "410 Gone"
        feed.errorCount = 5
        feed.nextCheckAt = minutes(600)
        let run = try store.startRun(kind: "ingest", at: t0)
        try store.commitFetch(feed: feed, record: .init(runID: run, feedID: feed.id, startedAt: t0, outcome: .gone),
                              items: [], at: t0)
        let disabled = try #require(try store.feed(url: feed.url))
        #expect(!disabled.enabled && disabled.disabledReason == "410 Gone" && disabled.errorCount == 5)

        // The config listing it as enabled does not undo a disable it did not cause.
        try store.syncSubscriptions([.init(url: feed.url)], at: t0)
        #expect(try store.feed(url: feed.url)?.enabled == false)

        #expect(try store.setEnabled(url: feed.url, enabled: true, reason: nil))
        let enabled = try #require(try store.feed(url: feed.url))
        #expect(enabled.enabled && enabled.disabledReason == nil && enabled.errorCount == 0 && enabled.nextCheckAt == nil)
        #expect(try store.setEnabled(url: feed.url, enabled: false, reason: "operator"))
        #expect(try store.feed(url: feed.url)?.disabledReason == "operator")
        #expect(try store.setEnabled(url: "https://nowhere.example/", enabled: true, reason: nil) == false)

        // A fetch that read the feed before the operator disabled it does not re-enable it.
        try store.commitFetch(feed: enabled, record: .init(runID: run, feedID: feed.id, startedAt: t0, outcome: .ok),
                              items: [], at: t0)
        let still = try #require(try store.feed(url: feed.url))
        #expect(!still.enabled && still.disabledReason == "operator")
    }

    @Test("enabled = false in the config disables, and enabling in the config re-enables")
    func configDisabled() throws {
        let store = try Store.inMemory()
        let url = "https://example.org/feed"
        try store.syncSubscriptions([.init(url: url, enabled: false)], at: t0)
        #expect(try store.feed(url: url)?.disabledReason == Store.disabledInConfigReason)
        try store.syncSubscriptions([.init(url: url)], at: t0)
        let feed = try #require(try store.feed(url: url))
        #expect(feed.enabled && feed.disabledReason == nil)
    }

    @Test("due feeds: enabled, never checked or past their time, in that order")
    func dueFeeds() throws {
        let store = try makeStore(feeds: ["https://a.example/", "https://b.example/", "https://c.example/", "https://d.example/"])
        let run = try store.startRun(kind: "ingest", at: t0)
        for (url, next) in [("https://b.example/", minutes(5)), ("https://c.example/", minutes(-5))] {
            var feed = try #require(try store.feed(url: url))
            feed.nextCheckAt = next
            try store.commitFetch(feed: feed, record: .init(runID: run, feedID: feed.id, startedAt: t0, outcome: .ok),
                                  items: [], at: t0)
        }
        try store.setEnabled(url: "https://d.example/", enabled: false, reason: "operator")
        #expect(try store.dueFeeds(at: t0).map(\.url) == ["https://a.example/", "https://c.example/"])
        #expect(try store.dueFeeds(at: minutes(10), limit: 2).map(\.url) == ["https://a.example/", "https://c.example/"])
        #expect(try store.dueFeeds(at: minutes(10)).count == 3)
    }
}
