import FeedModel
import Foundation
import Syndication

/// The engine run online over a corpus in time order, with an in-memory key index that mirrors
/// what the store does (candidates = earlier items sharing a lookup key; stories open in the window).
struct OnlineSyndication {
    let engine: SyndicationEngine
    private(set) var groupOf: [Int: Int] = [:]
    private(set) var canonicalOf: [Int: Int] = [:]
    private(set) var storyOf: [Int: Int] = [:]
    private(set) var variants: Set<Int> = []
    private var keyIndex: [Int64: [Int]] = [:]
    private var fingerprints: [ItemFingerprint] = []
    private var features: [StoryFeatures] = []
    private var times: [Date] = []
    private var storyMembers: [Int: [Int]] = [:]
    private var nextGroup = 1, nextStory = 1

    init(engine: SyndicationEngine = SyndicationEngine()) {
        self.engine = engine
    }

    /// Runs the corpus; item `i` gets id `i + 1`.
    static func run(_ items: [FixtureItem], engine: SyndicationEngine = SyndicationEngine()) -> OnlineSyndication {
        var online = OnlineSyndication(engine: engine)
        for item in items { online.add(item) }
        return online
    }

    mutating func add(_ item: FixtureItem) {
        let index = fingerprints.count
        let fingerprint = engine.fingerprint(url: item.url, title: item.title, cleanText: item.analysis.cleanText)
        let itemFeatures = engine.features(title: item.title, analysis: item.analysis)
        let candidates = SyndicationCandidates(
            itemID: Int64(index + 1), time: item.time, copies: copyCandidates(fingerprint),
            stories: openStories(item.time, keys: Set(itemFeatures.keyphraseKeys + itemFeatures.entityKeys)))
        fingerprints.append(fingerprint)
        features.append(itemFeatures)
        times.append(item.time)
        for key in fingerprint.lookupKeys { keyIndex[key, default: []].append(index) }
        apply(engine.decide(fingerprint: fingerprint, features: itemFeatures, candidates: candidates), index)
    }

    private func copyCandidates(_ fingerprint: ItemFingerprint) -> [CopyCandidate] {
        let found = Set(fingerprint.lookupKeys.flatMap { keyIndex[$0] ?? [] })
        return found.sorted().map { i in
            let group = groupOf[i]
            let canonical = group.flatMap { canonicalOf[$0] }
            return CopyCandidate(
                itemID: Int64(i + 1), feedID: 0, time: times[i], fingerprint: fingerprints[i], groupID: group.map(Int64.init),
                groupCanonicalItemID: canonical.map { Int64($0 + 1) }, groupCanonicalTime: canonical.map { times[$0] },
                storyID: storyOf[i].map(Int64.init))
        }
    }

    /// Open stories sharing two keyphrase or entity keys with the item (one if it has one), as the store finds them.
    private func openStories(_ time: Date, keys: Set<String>) -> [StoryCandidate] {
        storyMembers.filter { _, members in
            let storyKeys = Set(members.flatMap { features[$0].keyphraseKeys + features[$0].entityKeys })
            return storyKeys.intersection(keys).count >= min(2, keys.count) && !keys.isEmpty
        }.map { story, members in
            StoryCandidate(
                storyID: Int64(story), lastSeen: members.map { times[$0] }.max()!,
                members: members.map { StoryMember(itemID: Int64($0 + 1), title: nil, time: times[$0], features: features[$0]) })
        }.filter { abs($0.lastSeen.timeIntervalSince(time)) <= engine.settings.storyWindow }
    }

    private mutating func apply(_ decision: SyndicationDecision, _ index: Int) {
        if let group = decision.group {
            let original = Int(group.copyOf) - 1
            let id = group.groupID.map(Int.init) ?? { defer { nextGroup += 1 }; return nextGroup }()
            groupOf[original] = id
            groupOf[index] = id
            canonicalOf[id] = Int(group.canonicalItemID) - 1
            if group.isVariant { variants.insert(index) }
        }
        switch decision.story {
        case .open:
            storyOf[index] = nextStory
            storyMembers[nextStory] = [index]
            nextStory += 1
        case let .join(storyID, _, _):
            storyOf[index] = Int(storyID)
            storyMembers[Int(storyID), default: []].append(index)
        }
    }
}
