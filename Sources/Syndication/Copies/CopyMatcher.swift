import FeedModel
import Foundation

/// Decides whether a new item copies one of its candidates and which group it then joins.
public struct CopyMatcher: Sendable {
    public var settings: SyndicationSettings

    public init(settings: SyndicationSettings = SyndicationSettings()) {
        self.settings = settings
    }

    /// The group decision for an item with `fingerprint` at `time`, or nil when no candidate is a copy.
    /// The best copy wins (highest score, then earliest); the canonical item is the earliest of the
    /// group's canonical item and the new one.
    public func decide(itemID: Int64, time: Date, fingerprint: ItemFingerprint, candidates: [CopyCandidate]) -> GroupDecision? {
        let copies = candidates.filter { $0.itemID != itemID }.compactMap { candidate -> (CopyCandidate, CopySimilarity)? in
            let similarity = CopySimilarity(fingerprint, candidate.fingerprint)
            return similarity.isCopy(settings) ? (candidate, similarity) : nil
        }
        guard let (best, similarity) = copies.max(by: { ($0.1.score, $1.0.time) < ($1.1.score, $0.0.time) }) else { return nil }
        let canonicalID = best.groupCanonicalItemID ?? best.itemID
        let canonicalTime = best.groupCanonicalItemID == nil ? best.time : (best.groupCanonicalTime ?? best.time)
        let newIsEarlier = (time, itemID) < (canonicalTime, canonicalID)
        return GroupDecision(
            copyOf: best.itemID, groupID: best.groupID, canonicalItemID: newIsEarlier ? itemID : canonicalID,
            isVariant: !similarity.isNearEqual(settings), similarity: similarity.score)
    }
}
