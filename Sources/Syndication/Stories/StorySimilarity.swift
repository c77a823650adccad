import FeedModel
import Foundation

/// Similarity of two items' story features: TF-IDF cosine of stems (sublinear TF), overlap of keyphrase keys,
/// and — when both items have entities — overlap of entity keys.
public struct StorySimilarity: Sendable {
    /// Inverse document frequency of each stem over the compared corpus.
    let idf: [String: Double]
    let defaultIDF: Double

    /// Weights IDF over `corpus` (the open stories' members and the new item).
    public init(corpus: [StoryFeatures]) {
        var df: [String: Int] = [:]
        for features in corpus { for stem in features.stems.keys { df[stem, default: 0] += 1 } }
        let n = Double(max(corpus.count, 1))
        idf = df.mapValues { log(1 + n / Double($0)) }
        defaultIDF = log(1 + n)
    }

    /// Equal weights for every stem (no corpus to weigh against).
    public init() {
        idf = [:]
        defaultIDF = 1
    }

    /// A score in 0…1.
    public func score(_ a: StoryFeatures, _ b: StoryFeatures) -> Double {
        // Without corpus weights every stem weighs the same: the stored unit vectors' cosine.
        let cosine = idf.isEmpty ? a.vector.cosine(b.vector) : self.cosine(a.stems, b.stems)
        let phrases = overlap(a.keyphraseSet, b.keyphraseSet)
        guard !a.entitySet.isEmpty, !b.entitySet.isEmpty else { return 0.75 * cosine + 0.25 * phrases }
        return 0.5 * cosine + 0.2 * phrases + 0.3 * dice(a.entitySet, b.entitySet)
    }

    /// Cosine of the TF-IDF vectors.
    func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0, normA = 0.0, normB = 0.0
        for (stem, tf) in a {
            let w = (1 + log(tf)) * weight(stem)
            normA += w * w
            if let other = b[stem] { dot += w * (1 + log(other)) * weight(stem) }
        }
        for (stem, tf) in b { normB += pow((1 + log(tf)) * weight(stem), 2) }
        return normA > 0 && normB > 0 ? dot / (normA.squareRoot() * normB.squareRoot()) : 0
    }

    func weight(_ stem: String) -> Double { idf[stem] ?? defaultIDF }

    /// 2 |A ∩ B| / (|A| + |B|); 0 when both are empty.
    func dice(_ a: KeySet, _ b: KeySet) -> Double {
        let total = a.count + b.count
        return total > 0 ? 2 * Double(a.intersectionCount(b)) / Double(total) : 0
    }

    /// |A ∩ B| / min(|A|, |B|); 0 when either is empty.
    func overlap(_ a: KeySet, _ b: KeySet) -> Double {
        let smaller = min(a.count, b.count)
        return smaller > 0 ? Double(a.intersectionCount(b)) / Double(smaller) : 0
    }
}
