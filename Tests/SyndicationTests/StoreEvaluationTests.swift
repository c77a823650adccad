import FeedModel
import Foundation
import Storage
import Syndication
import Testing

/// The integrator's path end to end: each corpus item committed with `commitFetch`, then assigned
/// with `Store.syndicate` and `SyndicationEngine.decide`; the figures read back from the store.
@Suite("Store-backed evaluation")
struct StoreEvaluationTests {
    static func feedURL(_ feed: String) -> String { feed.hasPrefix("http") ? feed : "https://fixtures.example/\(feed)" }

    /// Commits and syndicates every item in time order; returns the store and the item ids.
    static func ingest(_ corpus: [FixtureItem]) throws -> (Store, [Int64]) {
        let store = try Store.inMemory()
        let start = corpus.map(\.time).min()!
        try store.syncSubscriptions(Set(corpus.map { feedURL($0.feed) }).sorted().map { FeedSubscription(url: $0) }, at: start)
        let engine = SyndicationEngine()
        var ids: [Int64] = []
        for item in corpus {
            let feed = try #require(try store.feed(url: feedURL(item.feed)))
            let run = try store.startRun(kind: "ingest", at: item.time)
            let draft = ItemDraft(
                identityKey: item.id, contentHash: item.id,
                entry: Entry(guid: item.id, link: item.url, title: item.title, published: item.time, content: item.text),
                analysis: item.analysis)
            let record = FetchRecord(runID: run, feedID: feed.id, startedAt: item.time, outcome: .ok, httpStatus: 200)
            try store.commitFetch(feed: feed, record: record, items: [draft], at: item.time)
            let id = try #require(try store.itemID(feedID: feed.id, identityKey: item.id))
            let fingerprint = engine.fingerprint(url: item.url, title: item.title, cleanText: item.analysis.cleanText)
            let features = engine.features(title: item.title, analysis: item.analysis)
            try store.syndicate(itemID: id, fingerprint: fingerprint, features: features, window: engine.settings.storyWindow) {
                engine.decide(fingerprint: fingerprint, features: features, candidates: $0)
            }
            ids.append(id)
        }
        return (store, ids)
    }

    @Test("figures through the store match the bars")
    func storeFigures() throws {
        let corpus = EvaluationTests.corpus
        let (store, ids) = try Self.ingest(corpus)
        let membership = try store.syndication(itemIDs: ids)
        let group = ids.map { membership[$0]?.groupID }, story = ids.map { membership[$0]?.storyID }
        let copies = PairwiseScore(
            count: corpus.count, predicted: { group[$0] != nil && group[$0] == group[$1] },
            gold: { corpus[$0].copyLabel == corpus[$1].copyLabel })
        let stories = PairwiseScore(
            count: corpus.count, predicted: { story[$0] == story[$1] }, gold: { corpus[$0].storyLabel == corpus[$1].storyLabel })
        print("syndication (store): precision \(copies.format(copies.precision)) recall \(copies.format(copies.recall)) over \(copies.goldPairs) pairs")
        print("stories (store): \(stories)")
        #expect(copies.precision >= 0.99 && copies.recall >= 0.95)
        #expect(stories.f1 >= 0.85)
        #expect(story.allSatisfy { $0 != nil })
    }

    @Test("stories list their items; a syndication group counts as one source")
    func storySources() throws {
        let corpus = EvaluationTests.corpus.filter { $0.storyLabel == "G1" || $0.storyLabel == "EV2" }
        let (store, ids) = try Self.ingest(corpus)
        let stories = try store.stories(since: nil)
        let g1 = try #require(stories.first { $0.items.contains { $0.title?.contains("Grenz-Lagebild") == true } })
        #expect(g1.itemCount == g1.items.count && g1.sourceCount == 1)
        let ev2 = try #require(stories.first { $0.items.contains { $0.title?.contains("Passau") == true } && $0.id != g1.id })
        #expect(ev2.sourceCount == 3, "three independent reports, each with copies")
        #expect(ev2.items.contains { $0.title == ev2.title } && ev2.itemCount == 15)
        #expect(try store.story(id: ev2.id) == ev2)
        let members = try store.groupMembers(itemID: ids[0])
        #expect(members.first?.isCanonical == true && members.count == corpus.filter { $0.copyLabel == corpus[0].copyLabel }.count)
    }
}
