import Foundation
import FeedModel
import GRDB
import Testing
@testable import Storage

@Suite("Group commit, bulk full-text indexing and column encodings")
struct GroupCommitTests {
    func commit(_ store: Store, _ url: String, _ drafts: [ItemDraft], feedID: Int64? = nil) throws -> FetchCommit {
        let feed = try #require(try store.feed(url: url))
        let runID = try store.startRun(kind: "ingest", at: t0)
        let record = FetchRecord(runID: runID, feedID: feedID ?? feed.id, startedAt: t0, outcome: .ok, httpStatus: 200)
        return FetchCommit(feed: feed, record: record, items: drafts)
    }

    @Test("several feeds in one transaction; a failing feed is rolled back alone and the others kept")
    func isolation() throws {
        let urls = ["https://a.example/feed", "https://b.example/feed", "https://c.example/feed"]
        let store = try makeStore(feeds: urls)
        let good1 = try commit(store, urls[0], [draft("a1"), draft("a2")])
        // A record naming another feed's id is refused by the commit: this feed fails, inside the batch.
        let bad = try commit(store, urls[1], [draft("b1")], feedID: 9_999)
        let good2 = try commit(store, urls[2], [draft("c1")])
        let results = try store.commitFetches([good1, bad, good2], at: t0)
        #expect(results.count == 3)
        let first = try results[0].get(), third = try results[2].get()
        #expect(first.counts == StoreCounts(seen: 2, new: 2, updated: 0))
        #expect(Set(first.itemIDs.keys) == ["a1", "a2"])
        #expect(third.itemIDs.keys.sorted() == ["c1"])
        guard case .failure(let error) = results[1] else {
            Issue.record("the bad feed was stored")
            return
        }
        #expect(error.message.contains("feed id 9999"))
        let keys = try store.items(ItemQuery()).map(\.identityKey).sorted()
        #expect(keys == ["a1", "a2", "c1"])
        // The ids handed back are the stored rows.
        let id = try store.itemID(feedID: good1.feed.id, identityKey: "a2")
        #expect(id == first.itemIDs["a2"])
    }

    @Test("items of a group commit are in the full-text index, changed ones re-indexed, and the index is consistent")
    func fullText() throws {
        guard fullTextAvailable else { return }
        let urls = ["https://a.example/feed", "https://b.example/feed"]
        let store = try makeStore(feeds: urls)
        _ = try store.commitFetches(
            [
                try commit(store, urls[0], [draft("a1", summary: "Lukaschenko trifft Xi Jinping in Peking")]),
                try commit(store, urls[1], [draft("b1", summary: "Wetter in Hamburg")]),
            ], at: t0)
        #expect(try store.search("Lukaschenko").count == 1)
        #expect(try store.search("Hamburg").count == 1)
        try store.commit([draft("b1", hash: "v2", summary: "Sturm in Bremen")], url: urls[1], at: minutes(5))
        #expect(try store.search("Hamburg").isEmpty)
        #expect(try store.search("Bremen").count == 1)
        try store.writer.write { db in try db.execute(sql: "INSERT INTO item_fts(item_fts) VALUES('integrity-check')") }
    }

    @Test("the fast date text is exactly GRDB's encoding")
    func dates() throws {
        var generator = SystemRandomNumberGenerator()
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -0.0005),
            Date(timeIntervalSince1970: 951_782_400.9999),  // 2000-02-29
            Date(timeIntervalSince1970: 4_102_444_799.999),  // 2099-12-31 23:59:59.999
            Date(timeIntervalSince1970: -2_208_988_800),  // 1900-01-01
            t0, t0.addingTimeInterval(0.123_456),
        ]
        for _ in 0..<2_000 { dates.append(Date(timeIntervalSince1970: Double.random(in: -5e10...2e11, using: &generator))) }
        for _ in 0..<2_000 { dates.append(Date(timeIntervalSince1970: Double.random(in: 1e9...2e9, using: &generator))) }
        for date in dates {
            guard let ours = DateColumn.text(date) else {
                #expect(date < Date(timeIntervalSince1970: 0) || date >= Date(timeIntervalSince1970: 253_402_300_800))
                continue
            }
            #expect(ours == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
        #expect(DateColumn.text(Date(timeIntervalSince1970: 1e13)) == nil)
    }

    @Test("stem vectors round-trip through their blob; old text rows still decode")
    func stemVectors() throws {
        let features = StoryFeatures(entityKeys: ["PER:putin"], keyphraseKeys: ["kreml"], stems: ["kreml": 3, "putin": 1, "moskau": 2])
        let columns = FingerprintColumns.columns(features)
        let decoded = try #require(FingerprintColumns.stemVector(columns.vector))
        let entities = FingerprintColumns.integers(columns.entityHashes, as: UInt64.self)
        #expect(KeySet(hashes: entities) == features.entitySet && entities.count == 1)
        #expect(KeySet(hashes: [3, 2]) == nil)
        #expect(decoded == features.vector)
        #expect(abs(decoded.cosine(features.vector) - 1) < 1e-6)
        #expect(FingerprintColumns.stemVector(Data([1, 2, 3])) == nil)
        let legacy = try Store.inMemory().writer.read { db in
            try #require(try Row.fetchOne(db, sql: """
                SELECT 1, 'title', 'time', NULL, NULL, NULL, 'kreml' || char(9) || '3.0' || char(10) || 'moskau' || char(9) || '2.0'
                    || char(10) || 'putin' || char(9) || '1.0', 'PER:putin', 'kreml'
                """))
        }
        let old = FingerprintColumns.features(legacy)
        #expect(abs(old.vector.cosine(features.vector) - 1) < 1e-6)
        #expect(old.entityKeys == ["PER:putin"] && old.entitySet == features.entitySet)
    }
}

@Suite("List columns")
struct ListColumnTests {
    @Test("categories and enclosures are written exactly as JSONEncoder writes them")
    func sameAsEncoder() {
        let odd = ["", "a/b", "Zürich „Zitat“", "quote \" back\\slash", "ctl \u{01}\u{1F}\n\t\r\u{08}\u{0C}", "😀 emoji", "<tag>&amp;"]
        var categories: [[Category]] = [[]]
        var enclosures: [[Enclosure]] = [[]]
        for (i, text) in odd.enumerated() {
            categories.append([Category(term: text), Category(term: "t\(i)", scheme: text, label: i % 2 == 0 ? text : nil)])
            enclosures.append([
                Enclosure(url: text), Enclosure(url: "https://example.org/\(i).mp3", type: text, length: i % 2 == 0 ? Int64(i) * 1000 : nil),
            ])
        }
        let encoder = JSONColumn.makeEncoder()
        for list in categories { #expect(ListColumns.categories(list) == JSONColumn.encode(list, with: encoder)) }
        for list in enclosures { #expect(ListColumns.enclosures(list) == JSONColumn.encode(list, with: encoder)) }
    }
}
