import Foundation
import FeedModel
import Testing
@testable import Storage

/// A fixed clock: whole seconds, so dates survive the millisecond text encoding exactly.
let t0 = Date(timeIntervalSince1970: 1_800_000_000)

func minutes(_ n: Double) -> Date { t0.addingTimeInterval(n * 60) }

func draft(_ key: String, hash: String? = nil, title: String? = nil, summary: String? = nil,
           content: String? = nil, published: Date? = nil) -> ItemDraft {
    ItemDraft(
        identityKey: key, contentHash: hash ?? "h-\(key)",
        entry: Entry(guid: key, link: "https://example.org/\(key)", title: title ?? "Title \(key)",
                     published: published, summary: summary, content: content))
}

/// An in-memory store with the given feed URLs configured.
func makeStore(feeds urls: [String] = ["https://example.org/feed"]) throws -> Store {
    let store = try Store.inMemory()
    try store.syncSubscriptions(urls.map { FeedSubscription(url: $0) }, at: t0)
    return store
}

extension Store {
    /// Commits `drafts` for the feed at `url` as an ok fetch in a fresh run.
    @discardableResult
    func commit(_ drafts: [ItemDraft], url: String = "https://example.org/feed", at: Date = t0) throws -> StoreCounts {
        let feed = try #require(try feed(url: url))
        let runID = try startRun(kind: "ingest", at: at)
        let record = FetchRecord(runID: runID, feedID: feed.id, startedAt: at, outcome: .ok, httpStatus: 200)
        return try commitFetch(feed: feed, record: record, items: drafts, at: at)
    }
}

/// A fresh directory under the system temp directory, removed by the caller.
func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("wirewatch-store-\(UUID().uuidString)")
}

/// Whether this SQLite has FTS5 (search tests are skipped, not failed, without it).
let fullTextAvailable: Bool = (try? Store.inMemory().hasFullTextSearch) ?? false

/// A reproducible random source (SplitMix64) for randomized tests: a failure names its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
