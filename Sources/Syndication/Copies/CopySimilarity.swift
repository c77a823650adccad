import FeedModel

/// How alike two fingerprints are, by every measure copy detection knows.
public struct CopySimilarity: Sendable, Hashable {
    /// Estimated Jaccard similarity of the shingle sets (MinHash).
    public var jaccard: Double
    /// Estimated share of the smaller shingle set contained in the larger.
    public var containment: Double
    /// 1 − Hamming distance / 64 of the SimHashes.
    public var simhash: Double
    /// Distinct sentence hashes the two share.
    public var sharedSentences: Int
    /// Shared sentences over the sentences of the item with fewer.
    public var sentenceContainment: Double
    /// Shingles of the smaller item.
    public var smallerShingles: Int
    /// Shingles of the smaller item over those of the larger (1 for equal sizes).
    public var sizeRatio: Double
    public var sameURL: Bool
    public var sameBody: Bool

    /// Compares two fingerprints made with the same settings.
    public init(_ a: ItemFingerprint, _ b: ItemFingerprint) {
        jaccard = MinHash.jaccard(a.minhash, b.minhash)
        smallerShingles = min(a.shingleCount, b.shingleCount)
        let larger = max(a.shingleCount, b.shingleCount)
        sizeRatio = larger > 0 ? Double(smallerShingles) / Double(larger) : 1
        let shared = jaccard / (1 + jaccard) * Double(a.shingleCount + b.shingleCount)
        containment = smallerShingles > 0 ? min(1, shared / Double(smallerShingles)) : 0
        simhash = SimHash.similarity(UInt64(bitPattern: a.simhash), UInt64(bitPattern: b.simhash))
        let sentencesA = Set(a.sentenceHashes), sentencesB = Set(b.sentenceHashes)
        sharedSentences = sentencesA.intersection(sentencesB).count
        let fewer = min(sentencesA.count, sentencesB.count)
        sentenceContainment = fewer > 0 ? Double(sharedSentences) / Double(fewer) : 0
        sameURL = a.canonicalURL != nil && a.canonicalURL == b.canonicalURL
        sameBody = a.bodyHash != nil && a.bodyHash == b.bodyHash
    }

    /// Whether the two are copies of one text under `settings`: the same URL or body, a high
    /// Jaccard, or (for texts long enough) one contained in the other by shingles or sentences.
    public func isCopy(_ settings: SyndicationSettings) -> Bool {
        if sameURL || sameBody || jaccard >= settings.copyJaccard { return true }
        guard smallerShingles >= settings.minContainmentShingles else { return false }
        return containment >= settings.copyContainment
            || (sharedSentences >= 2 && sentenceContainment >= settings.copySentenceContainment)
    }

    /// Whether a copy is near-equal: the same body, or a high Jaccard between texts of nearly the
    /// same length. Anything else (an update, a longer or cut version, edits) is a variant.
    public func isNearEqual(_ settings: SyndicationSettings) -> Bool {
        sameBody || (jaccard >= settings.nearEqualJaccard && sizeRatio >= settings.nearEqualJaccard)
    }

    /// One figure to rank candidate copies by.
    public var score: Double { max(jaccard, containment * 0.99, sameBody || sameURL ? 1 : 0) }
}
