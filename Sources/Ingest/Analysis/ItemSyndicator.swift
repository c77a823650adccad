import Analysis
import FeedModel
import Foundation
import Storage
import Syndication

/// Puts analysed items into syndication groups (copies across sites) and stories (same event),
/// one transaction per group commit, right after the fetch that stored them was committed.
public struct ItemSyndicator: Sendable {
    let engine: SyndicationEngine
    let store: Store

    public init(store: Store, settings: SyndicationSettings = SyndicationSettings()) {
        self.store = store
        self.engine = SyndicationEngine(settings: settings)
    }

    /// The fingerprint and story features of an analysed entry: pure work, done before the commit
    /// (in parallel) so that the writer only looks up candidates and applies decisions.
    /// `body`: the tokens of `analysis.cleanText` from the analysis, when the caller has them.
    public func prepare(entry: Entry, analysis: ItemAnalysis, body: TokenizedText? = nil) -> PreparedSyndication {
        let body = body ?? TokenizedText(analysis.cleanText)
        return PreparedSyndication(
            fingerprint: engine.fingerprint(url: entry.link, title: entry.title, body: body),
            features: engine.features(title: entry.title, analysis: analysis, body: body))
    }

    /// Syndicates prepared items (already committed, by row id) in one write transaction, in order:
    /// each sees the ones before it.
    public func syndicate(_ prepared: [(itemID: Int64, PreparedSyndication)]) throws {
        guard !prepared.isEmpty else { return }
        let engine = self.engine
        let requests = prepared.map {
            SyndicationRequest(itemID: $0.itemID, fingerprint: $0.1.fingerprint, features: $0.1.features)
        }
        _ = try store.syndicate(
            requests, window: engine.settings.storyWindow,
            isCopy: { engine.isCopy($1, of: $0.fingerprint) }
        ) { request, candidates in
            engine.decide(fingerprint: request.fingerprint, features: request.features, candidates: candidates)
        }
    }

    /// Items analysed but never syndicated (stored before syndication existed, or a crash between
    /// commit and syndication): syndicates up to `limit` of them, oldest first. Returns how many.
    @discardableResult
    public func catchUp(limit: Int = 1000) throws -> Int {
        var done = 0
        for id in try store.unsyndicatedItemIDs(limit: limit) {
            guard let item = try store.item(id: id), let analysis = try store.analysis(itemID: id) else { continue }
            let entry = Entry(link: item.url, title: item.title)
            try syndicate([(id, prepare(entry: entry, analysis: analysis))])
            done += 1
        }
        return done
    }
}

/// An item's fingerprint and story features, computed ahead of its commit.
public struct PreparedSyndication: Sendable {
    public var fingerprint: ItemFingerprint
    public var features: StoryFeatures
}
