import Analysis
import FeedModel
import Foundation

/// The one entry point of syndication: pure decisions about a new item, given what the store
/// found for it.
///
/// ```swift
/// let engine = SyndicationEngine()
/// let fingerprint = engine.fingerprint(url: entry.link, title: entry.title, cleanText: analysis.cleanText)
/// let features = engine.features(title: entry.title, analysis: analysis)
/// try store.syndicate(itemID: id, fingerprint: fingerprint, features: features, window: engine.settings.storyWindow) {
///     engine.decide(fingerprint: fingerprint, features: features, candidates: $0)
/// }
/// ```
public struct SyndicationEngine: Sendable {
    public var settings: SyndicationSettings

    public init(settings: SyndicationSettings = SyndicationSettings()) {
        self.settings = settings
    }

    /// The fingerprint of an item from its link, title and clean body.
    public func fingerprint(url: String?, title: String?, cleanText: String) -> ItemFingerprint {
        Fingerprinter(settings: settings).fingerprint(url: url, title: title, cleanText: cleanText)
    }

    /// The same from the tokens and sentences of the clean body (see `TokenizedText`).
    public func fingerprint(url: String?, title: String?, body: TokenizedText) -> ItemFingerprint {
        Fingerprinter(settings: settings).fingerprint(url: url, title: title, body: body)
    }

    /// What story clustering compares, from an item's title and analysis (`body`: the tokens of
    /// the analysis's clean text, when the caller has them).
    public func features(title: String?, analysis: ItemAnalysis, body: TokenizedText? = nil) -> StoryFeatures {
        StoryFeatureBuilder(settings: settings).features(title: title, analysis: analysis, body: body)
    }

    /// Whether `candidate` is a copy of an item with `fingerprint`: the test `decide` applies to each
    /// copy candidate, so a store may read in full only the candidates that pass it.
    public func isCopy(_ candidate: ItemFingerprint, of fingerprint: ItemFingerprint) -> Bool {
        CopySimilarity(fingerprint, candidate).isCopy(settings)
    }

    /// Group and story of the new item `candidates.itemID`. A copy joins its original's story;
    /// anything else is clustered among the open stories.
    public func decide(fingerprint: ItemFingerprint, features: StoryFeatures, candidates: SyndicationCandidates) -> SyndicationDecision {
        let group = CopyMatcher(settings: settings).decide(
            itemID: candidates.itemID, time: candidates.time, fingerprint: fingerprint, candidates: candidates.copies)
        if let group, let storyID = candidates.copies.first(where: { $0.itemID == group.copyOf })?.storyID {
            return SyndicationDecision(group: group, story: .join(storyID: storyID, titleItemID: nil, similarity: group.similarity))
        }
        let story = StoryMatcher(settings: settings).decide(
            itemID: candidates.itemID, time: candidates.time, features: features, stories: candidates.stories)
        return SyndicationDecision(group: group, story: story)
    }
}
