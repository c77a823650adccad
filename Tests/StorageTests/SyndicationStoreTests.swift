import FeedModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Syndication storage")
struct SyndicationStoreTests {
    func fingerprint(_ keys: [Int64], body: Int64? = nil) -> ItemFingerprint {
        ItemFingerprint(
            canonicalURL: nil, titleKey: "t", bodyHash: body, simhash: -5, minhash: [1, 2, UInt32.max],
            shingleCount: 40, sentenceHashes: [Int64.min, 7], lookupKeys: keys)
    }

    /// Commits items "a", "b", "c" (b published first) and returns their ids.
    func threeItems(_ store: Store) throws -> [Int64] {
        try store.commit([draft("a", published: minutes(10)), draft("b", published: minutes(0)), draft("c", published: minutes(20))])
        return try ["a", "b", "c"].map { try #require(try store.itemID(feedID: 1, identityKey: $0)) }
    }

    @Test("v4 upgrades a v3 database and creates the syndication tables and view")
    func migration() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v3-analysis")
        let store = try Store(writer: queue, path: ":memory:")
        let names = try store.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        for name in ["item_fingerprint", "fingerprint_key", "syndication_group", "syndication_member", "story", "story_member", "item_syndication"] {
            #expect(names.contains(name), "missing \(name)")
        }
    }

    @Test("a fingerprint round-trips and is found by any of its keys")
    func candidates() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        let stored = fingerprint([11, 12, -13], body: 99)
        try store.syndicate(itemID: ids[0], fingerprint: stored, features: StoryFeatures(), window: 3600) { _ in
            SyndicationDecision(group: nil, story: .open)
        }
        let found = try store.copyCandidates(for: fingerprint([-13, 500]))
        #expect(found.map(\.itemID) == [ids[0]])
        var expected = stored
        expected.lookupKeys = []
        #expect(found.first?.fingerprint == expected && found.first?.time == minutes(10))
        #expect(try store.copyCandidates(for: fingerprint([500])).isEmpty)
        #expect(try store.copyCandidates(for: fingerprint([11]), excluding: ids[0]).isEmpty)
    }

    @Test("decisions build groups and stories; the canonical item and counts follow")
    func groupsAndStories() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        let features = StoryFeatures(keyphraseKeys: ["haushalt"])
        try store.syndicate(itemID: ids[0], fingerprint: fingerprint([1]), features: features, window: 3600) { candidates in
            #expect(candidates.copies.isEmpty && candidates.stories.isEmpty)
            return SyndicationDecision(group: nil, story: .open)
        }
        let second = try store.syndicate(itemID: ids[1], fingerprint: fingerprint([1]), features: features, window: 3600) { candidates in
            #expect(candidates.copies.map(\.itemID) == [ids[0]] && candidates.stories.count == 1)
            let story = try #require(candidates.copies.first?.storyID)
            return SyndicationDecision(
                group: GroupDecision(copyOf: ids[0], groupID: nil, canonicalItemID: ids[1], isVariant: true, similarity: 0.8),
                story: .join(storyID: story, titleItemID: ids[1], similarity: 0.8))
        }
        #expect(second.canonicalItemID == ids[1] && second.isVariant && second.groupID != nil)
        let members = try store.groupMembers(itemID: ids[0])
        #expect(members.map(\.itemID) == [ids[1], ids[0]] && members[0].isCanonical && members[0].isVariant)
        let story = try #require(try store.stories(since: nil).first)
        #expect(story.itemCount == 2 && story.sourceCount == 1 && story.title == "Title b")
        #expect(story.firstSeen == minutes(0) && story.lastSeen == minutes(10))
        try store.syndicate(itemID: ids[2], fingerprint: fingerprint([3]), features: StoryFeatures(keyphraseKeys: ["other"]), window: 3600) {
            #expect($0.stories.isEmpty, "no shared key, no candidate story")
            return SyndicationDecision(group: nil, story: .open)
        }
    }

    @Test("an item already assigned keeps its place; its fingerprint is refreshed")
    func idempotent() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        let first = try store.syndicate(itemID: ids[2], fingerprint: fingerprint([1]), features: StoryFeatures(), window: 60) { _ in
            SyndicationDecision(group: nil, story: .open)
        }
        let again = try store.syndicate(itemID: ids[2], fingerprint: fingerprint([2]), features: StoryFeatures(), window: 60) { _ in
            Issue.record("no decision for an assigned item")
            return SyndicationDecision(group: nil, story: .open)
        }
        #expect(first == again)
        #expect(try store.copyCandidates(for: fingerprint([1])).isEmpty)
        #expect(try store.copyCandidates(for: fingerprint([2])).count == 1)
    }

    @Test("a batch is one transaction in which each item sees the ones before it")
    func batch() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        let requests = ids.map { SyndicationRequest(itemID: $0, fingerprint: fingerprint([7]), features: StoryFeatures(keyphraseKeys: ["k"])) }
        let results = try store.syndicate(requests, window: 3600) { request, candidates in
            #expect(candidates.copies.count == ids.firstIndex(of: request.itemID)!)
            guard let copy = candidates.copies.first else { return SyndicationDecision(group: nil, story: .open) }
            return SyndicationDecision(
                group: GroupDecision(copyOf: copy.itemID, groupID: copy.groupID, canonicalItemID: ids[1], isVariant: false, similarity: 1),
                story: .join(storyID: copy.storyID!, titleItemID: nil, similarity: 1))
        }
        #expect(Set(results.map(\.storyID)).count == 1 && results[2].groupID == results[1].groupID && results[2].canonicalItemID == ids[1])
        #expect(throws: StoreError.self) {
            try store.syndicate([SyndicationRequest(itemID: 999, fingerprint: fingerprint([1]), features: StoryFeatures())], window: 60) { _, _ in
                SyndicationDecision(group: nil, story: .open)
            }
        }
    }

    @Test("a copy test given to syndicate passes on only the candidates it accepts, read in full")
    func copyTestFiltersCandidates() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        // a and b are stored with the same key; b's body hash marks it as the one the test accepts.
        for (id, body) in [(ids[0], Int64(1)), (ids[1], Int64(2))] {
            try store.syndicate(itemID: id, fingerprint: fingerprint([7], body: body), features: StoryFeatures(), window: 3600) { _ in
                SyndicationDecision(group: nil, story: .open)
            }
        }
        var tested: [Int64?] = []
        let request = SyndicationRequest(itemID: ids[2], fingerprint: fingerprint([7], body: 2), features: StoryFeatures())
        try store.syndicate([request], window: 3600, isCopy: { request, candidate in
            tested.append(candidate.bodyHash)
            return candidate.bodyHash == request.fingerprint.bodyHash
        }) { _, candidates in
            #expect(candidates.copies.map(\.itemID) == [ids[1]])
            #expect(candidates.copies.first?.time == minutes(0) && candidates.copies.first?.storyID != nil)
            return SyndicationDecision(group: nil, story: .open)
        }
        #expect(Set(tested) == [1, 2])
        // Without a test, both are candidates (most recent first).
        #expect(try store.copyCandidates(for: fingerprint([7]), excluding: ids[2]).map(\.itemID) == [ids[1], ids[0]])
    }

    @Test("in a batch, candidate stories and their latest members are what one-by-one transactions read")
    func batchMembersMatchSeparateTransactions() throws {
        // Ten items over two stories; more members than the five a candidate story shows, and
        // items joining out of id order, so the batch's member cache must add, order and trim.
        let drafts = (0..<10).map { draft("m\($0)", published: minutes(Double($0))) }
        let keys: [[String]] = [
            ["a", "b"], ["c", "d"], ["a", "b", "x"], ["a", "b"], ["c", "d", "y"], ["a", "b"], ["a", "b", "z"], ["c", "d"], ["a", "b"], ["a", "b"],
        ]
        func run(batched: Bool) throws -> [[String]] {
            let store = try makeStore()
            try store.commit(drafts)
            let ids = try drafts.map { try #require(try store.itemID(feedID: 1, identityKey: $0.identityKey)) }
            let order = [0, 1, 3, 2, 4, 5, 7, 6, 8, 9]
            let requests = order.map { i in
                SyndicationRequest(
                    itemID: ids[i], fingerprint: fingerprint([Int64(100 + i)]),
                    features: StoryFeatures(entityKeys: ["PER:\(i)"], keyphraseKeys: keys[i], stems: ["s\(i)": 1, "t": 2]))
            }
            var seen: [[String]] = []
            let decide = { (request: SyndicationRequest, candidates: SyndicationCandidates) -> SyndicationDecision in
                seen.append(candidates.stories.map { story in
                    "\(story.storyID):" + story.members.map { "\($0.itemID)/\($0.title ?? "")/\($0.features.vector.keys.count)/\($0.features.keyphraseSet.hashes.count)" }
                        .joined(separator: ",")
                })
                guard let story = candidates.stories.first else { return SyndicationDecision(group: nil, story: .open) }
                return SyndicationDecision(group: nil, story: .join(storyID: story.storyID, titleItemID: nil, similarity: 0.5))
            }
            if batched {
                try store.syndicate(requests, window: 3600, decide: decide)
            } else {
                for request in requests { try store.syndicate([request], window: 3600, decide: decide) }
            }
            return seen
        }
        let batched = try run(batched: true)
        #expect(batched == (try run(batched: false)))
        #expect(batched.last?.first?.split(separator: ",").count == 5, "a story of six shows its five latest members")
    }

    @Test("analysed items without a fingerprint are listed oldest first until syndicated")
    func unsyndicated() throws {
        let store = try makeStore()
        let analysis = ItemAnalysis(pipelineVersion: 1, language: "de", languageConfidence: 1, cleanText: "x")
        var drafts = [draft("a", published: minutes(10)), draft("b", published: minutes(0)), draft("c")]
        drafts[0].analysis = analysis
        drafts[1].analysis = analysis
        try store.commit(drafts)
        let ids = try ["a", "b"].map { try #require(try store.itemID(feedID: 1, identityKey: $0)) }
        #expect(try store.unsyndicatedItemIDs(limit: 10) == [ids[1], ids[0]])
        try store.syndicate(itemID: ids[1], fingerprint: fingerprint([1]), features: StoryFeatures(), window: 60) { _ in
            SyndicationDecision(group: nil, story: .open)
        }
        #expect(try store.unsyndicatedItemIDs(limit: 10) == [ids[0]])
    }

    @Test("syndication rows go with a pruned item")
    func prune() throws {
        let store = try makeStore()
        let ids = try threeItems(store)
        for id in ids {
            try store.syndicate(itemID: id, fingerprint: fingerprint([1]), features: StoryFeatures(), window: 3600) { candidates in
                guard let copy = candidates.copies.first else { return SyndicationDecision(group: nil, story: .open) }
                return SyndicationDecision(
                    group: GroupDecision(copyOf: copy.itemID, groupID: copy.groupID, canonicalItemID: ids[1], isVariant: false, similarity: 1),
                    story: .join(storyID: copy.storyID!, titleItemID: nil, similarity: 1))
            }
        }
        try store.prune(olderThan: minutes(1_000_000), at: minutes(1))
        #expect(try store.copyCandidates(for: fingerprint([1])).isEmpty)
        #expect(try store.syndication(itemIDs: ids).isEmpty)
    }

    @Test("trend counts count a syndication group once")
    func trends() throws {
        let store = try makeStore()
        let analysis = ItemAnalysis(
            pipelineVersion: 1, language: "de", languageConfidence: 1, cleanText: "x",
            keyphrases: [KeyphraseRecord(key: "haushalt", phrase: "Haushalt", score: 1)],
            entities: [EntityRecord(canonicalKey: "ORG:bundestag", name: "Bundestag", kind: "ORG", count: 1, firstOffset: 0)])
        var drafts = ["a", "b", "c"].map { draft($0) }
        for index in drafts.indices { drafts[index].analysis = analysis }
        try store.commit(drafts, at: t0)
        var old = draft("old")
        old.analysis = analysis
        try store.commit([old], at: t0.addingTimeInterval(-3 * 86_400))
        let ids = try ["a", "b"].map { try #require(try store.itemID(feedID: 1, identityKey: $0)) }
        try store.syndicate(itemID: ids[0], fingerprint: fingerprint([1]), features: StoryFeatures(), window: 60) { _ in
            SyndicationDecision(group: nil, story: .open)
        }
        try store.syndicate(itemID: ids[1], fingerprint: fingerprint([1]), features: StoryFeatures(), window: 60) { c in
            SyndicationDecision(
                group: GroupDecision(copyOf: ids[0], groupID: nil, canonicalItemID: ids[0], isVariant: false, similarity: 1),
                story: .join(storyID: c.copies[0].storyID!, titleItemID: nil, similarity: 1))
        }
        let now = t0.addingTimeInterval(3600)
        for kind in [TrendTermKind.entity, .keyphrase] {
            let counts = try store.trendCounts(kind: kind, now: now)
            #expect(counts.count == 1 && counts[0].recent == 2 && counts[0].baseline == 1)
        }
        let daily = try store.dailyCounts(kind: .keyphrase, keys: ["haushalt"], since: t0.addingTimeInterval(-7 * 86_400), until: now)
        #expect(daily.map(\.count) == [1, 2])
    }
}
