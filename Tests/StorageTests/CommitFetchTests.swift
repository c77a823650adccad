import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("commitFetch")
struct CommitFetchTests {
    @Test("new, updated and unchanged items are counted and revisions kept")
    func accounting() throws {
        let store = try makeStore()
        let first = try store.commit([draft("a"), draft("b")], at: minutes(0))
        #expect(first == StoreCounts(seen: 2, new: 2, updated: 0))

        let second = try store.commit(
            [draft("a"), draft("b", hash: "changed", title: "B v2"), draft("c")], at: minutes(10))
        #expect(second == StoreCounts(seen: 3, new: 1, updated: 1))

        let third = try store.commit([draft("a"), draft("b", hash: "changed", title: "B v2")], at: minutes(20))
        #expect(third == StoreCounts(seen: 2, new: 0, updated: 0))

        let items = try store.items(ItemQuery())
        let b = try #require(items.first { $0.identityKey == "b" })
        #expect(b.revision == 2)
        #expect(b.title == "B v2")
        #expect(b.firstSeenAt == minutes(0))
        #expect(items.first { $0.identityKey == "a" }?.revision == 1)
        let lastChanged = try store.writer.read { db in
            try Date.fetchOne(db, sql: "SELECT last_changed_at FROM item WHERE identity_key = 'b'")
        }
        #expect(lastChanged == minutes(10))
    }

    @Test("duplicate identity keys in one batch: the later wins, counted once")
    func duplicatesInBatch() throws {
        let store = try makeStore()
        let counts = try store.commit([draft("a", title: "first"), draft("b"), draft("a", hash: "h2", title: "second")])
        #expect(counts == StoreCounts(seen: 2, new: 2, updated: 0))
        let a = try store.items(ItemQuery()).first { $0.identityKey == "a" }
        #expect(a?.title == "second")
        #expect(a?.revision == 1)
    }

    @Test("the fetch record carries the counts and the feed state is written")
    func stateAndRecord() throws {
        let store = try makeStore()
        var feed = try #require(try store.feed(url: "https://example.org/feed"))
        let runID = try store.startRun(kind: "ingest", at: t0)
        feed.title = "Example News"
        feed.siteURL = "https://example.org/"
        feed.etag = "\"abc\""
        feed.lastModified = "Wed, 21 Oct 2026 07:28:00 GMT"
        feed.bodyHash = "deadbeef"
        feed.nextCheckAt = minutes(30)
        feed.currentInterval = 1800
        feed.lastOutcome = .ok
        feed.lastHTTPStatus = 200
        feed.lastCheckAt = t0
        feed.lastSuccessAt = t0
        feed.permanentRedirectURL = "https://example.org/new"
        feed.permanentRedirectCount = 2
        let record = FetchRecord(runID: runID, feedID: feed.id, startedAt: t0, outcome: .ok, httpStatus: 200,
                                 bytes: 1234, duration: 0.25)
        try store.commitFetch(feed: feed, record: record, items: [draft("a"), draft("a"), draft("b")], at: t0)

        let stored = try #require(try store.feed(url: feed.url))
        #expect(stored == { var f = feed; f.itemsTotal = 2; return f }())
        let fetches = try store.fetches(runID: runID)
        #expect(fetches == [{ var r = record; r.itemsSeen = 2; r.itemsNew = 2; return r }()])
        #expect(try store.lastFetch(feedID: feed.id) == fetches.first)

        var failed = stored
        failed.title = nil
        failed.siteURL = nil
        failed.errorCount = 1
        failed.lastOutcome = .timeout
        failed.lastError = "timed out after 30 s"
        try store.commitFetch(feed: failed, record: FetchRecord(runID: runID, feedID: feed.id, startedAt: minutes(1),
                                                                outcome: .timeout, error: "timed out"), items: [], at: minutes(1))
        let after = try #require(try store.feed(url: feed.url))
        #expect(after.title == "Example News")
        #expect(after.siteURL == "https://example.org/")
        #expect(after.errorCount == 1)
        #expect(after.lastOutcome == .timeout)
    }

    @Test("tombstoned items never come back as new")
    func tombstones() throws {
        let store = try makeStore()
        try store.commit([draft("old")], at: minutes(0))
        try store.commit([draft("recent")], at: minutes(60))
        #expect(try store.prune(olderThan: minutes(30), at: minutes(61)) == 1)
        #expect(try store.itemCount() == 1)
        #expect(try store.tombstoneCount() == 1)

        let counts = try store.commit([draft("old", hash: "even-changed"), draft("recent"), draft("fresh")], at: minutes(90))
        #expect(counts == StoreCounts(seen: 3, new: 1, updated: 0))
        #expect(try store.items(ItemQuery()).map(\.identityKey) == ["fresh", "recent"])
    }

    @Test("a commit that fails half-way stores nothing; retrying stores everything once")
    func atomicity() throws {
        let store = try makeStore()
        let feed = try #require(try store.feed(url: "https://example.org/feed"))
        let drafts = [draft("a"), draft("b"), draft("c")]
        // The fetch record is written after the items; a run id that does not exist fails its foreign key.
        let orphan = FetchRecord(runID: 9_999, feedID: feed.id, startedAt: t0, outcome: .ok)
        var changed = feed
        changed.etag = "\"should-not-stick\""
        let error = #expect(throws: StoreError.self) {
            try store.commitFetch(feed: changed, record: orphan, items: drafts, at: t0)
        }
        #expect(error?.code == .constraint)
        #expect(error?.operation == "commitFetch")
        #expect(error?.context == "feed \(feed.url)")
        #expect(try store.itemCount() == 0)
        #expect(try store.feed(url: feed.url)?.etag == nil)

        #expect(try store.commit(drafts) == StoreCounts(seen: 3, new: 3, updated: 0))
        #expect(try store.commit(drafts) == StoreCounts(seen: 3, new: 0, updated: 0))
        #expect(try store.itemCount() == 3)
    }

    @Test("mismatched or unknown feeds are refused")
    func wrongFeed() throws {
        let store = try makeStore()
        let feed = try #require(try store.feed(url: "https://example.org/feed"))
        let runID = try store.startRun(kind: "ingest", at: t0)
        let mismatch = #expect(throws: StoreError.self) {
            try store.commitFetch(feed: feed, record: FetchRecord(runID: runID, feedID: feed.id + 1, startedAt: t0, outcome: .ok),
                                  items: [draft("a")], at: t0)
        }
        #expect(mismatch?.code == .invalidArgument)
        var ghost = feed
        ghost.id = 42
        let unknown = #expect(throws: StoreError.self) {
            try store.commitFetch(feed: ghost, record: FetchRecord(runID: runID, feedID: 42, startedAt: t0, outcome: .ok),
                                  items: [], at: t0)
        }
        #expect(unknown?.code == .notFound)
        #expect(unknown?.description.hasPrefix("commitFetch (feed \(feed.url)): no feed with id 42") == true)
        #expect(try store.itemCount() == 0)
    }

    @Test("categories and enclosures are stored as JSON")
    func jsonColumns() throws {
        let store = try makeStore()
        var item = draft("a")
        item.entry.categories = [Category(term: "Politik", scheme: "https://example.org/cat")]
        item.entry.enclosures = [Enclosure(url: "https://example.org/a.jpg", type: "image/jpeg", length: 1024)]
        try store.commit([item])
        let (categories, enclosures) = try store.writer.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT categories, enclosures FROM item"))
            return (row["categories"] as String, row["enclosures"] as String)
        }
        #expect(JSONColumn.decode([Category].self, categories) == item.entry.categories)
        #expect(JSONColumn.decode([Enclosure].self, enclosures) == item.entry.enclosures)
    }
}
