import Foundation

/// A hashed linear model: a flat weight table of `buckets × BIOTag.count` floats.
///
/// Feature hashes map to buckets by their top `bits` bits. The file format is compact and
/// little-endian: magic "WWNER1\0\0", bits (UInt32), tags (UInt32), scale (Float32), entry
/// count (UInt32), then per non-zero bucket its index (UInt32) and `tags` Int16 weights × scale.
public struct PerceptronModel: Sendable {
    public let bits: Int
    public let tags: Int
    public internal(set) var weights: [Float] {
        didSet { compact = nil }
    }
    /// The weights as read from a model file, packed for the tagger (nil for a model built or
    /// changed in memory, which the tagger then reads from `weights`).
    var compact: CompactWeights?

    static let magic = Array("WWNER1\0\0".utf8)

    /// An all-zero model with 2^bits buckets.
    public init(bits: Int, tags: Int = BIOTag.count) {
        self.bits = bits
        self.tags = tags
        weights = [Float](repeating: 0, count: (1 << bits) * tags)
    }

    /// The weight offset of a feature hash.
    @inline(__always)
    func offset(_ feature: UInt64) -> Int {
        Int(truncatingIfNeeded: feature >> UInt64(64 - bits)) &* tags
    }

    /// Adds the weights of `features` into `scores` (length `tags`).
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for t in 0..<tags { scores[t] = 0 }
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for feature in features {
                    let base = offset(feature)
                    for t in 0..<tags { s[t] += w[base + t] }
                }
            }
        }
    }

    /// Greedy left-to-right BIO decoding with I-X only after B-X or I-X.
    func tag(_ sentence: SentenceFeatures) -> [BIOTag] {
        var result: [BIOTag] = []
        result.reserveCapacity(sentence.count)
        var features: [UInt64] = []
        features.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: tags)
        let tags = self.tags, shift = UInt64(64 - bits)
        if let compact { return compact.tag(sentence, shift: shift) }
        weights.withUnsafeBufferPointer { w in
            let w = w.baseAddress!
            for i in 0..<sentence.count {
                features.removeAll(keepingCapacity: true)
                let previous = result.last ?? .outside, before = i > 1 ? result[i - 2] : .outside
                sentence.features(at: i, previous: previous.raw, beforePrevious: before.raw, into: &features)
                scores.withUnsafeMutableBufferPointer { s in
                    let s = s.baseAddress!
                    for t in 0..<tags { s[t] = 0 }
                    features.withUnsafeBufferPointer { f in
                        // Same summation order as `score(_:into:)`: feature by feature, per tag.
                        for feature in f {
                            let base = w + Int(truncatingIfNeeded: feature >> shift) &* tags
                            for t in 0..<tags { s[t] += base[t] }
                        }
                    }
                }
                result.append(Self.best(scores, after: previous))
            }
        }
        return result
    }

    /// The highest-scoring tag that may follow `previous`.
    static func best(_ scores: [Float], after previous: BIOTag) -> BIOTag {
        var best = 0
        for t in 1..<scores.count where scores[t] > scores[best] && BIOTag(raw: t).mayFollow(previous) {
            best = t
        }
        return BIOTag(raw: best)
    }
}

/// The buckets listed in a model file: per bucket the position of its weights or -1, and the
/// `tags` weights of each listed bucket, densely. Less than half the memory of the full table;
/// the weights are the same floats, and buckets that are not listed hold zeros, which add
/// nothing, so scores are bit-identical.
struct CompactWeights: Sendable {
    let tags: Int
    /// Per bucket: its row in `values`, or -1 when the file does not list it.
    var slots: [Int32]
    var values: [Float]

    /// Greedy left-to-right BIO decoding, as `PerceptronModel.tag(_:)`.
    func tag(_ sentence: SentenceFeatures, shift: UInt64) -> [BIOTag] {
        var result: [BIOTag] = []
        result.reserveCapacity(sentence.count)
        var features: [UInt64] = []
        features.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: tags)
        let tags = self.tags
        slots.withUnsafeBufferPointer { slots in
            values.withUnsafeBufferPointer { values in
                let slots = slots.baseAddress!, values = values.baseAddress!
                for i in 0..<sentence.count {
                    features.removeAll(keepingCapacity: true)
                    let previous = result.last ?? .outside, before = i > 1 ? result[i - 2] : .outside
                    sentence.features(at: i, previous: previous.raw, beforePrevious: before.raw, into: &features)
                    scores.withUnsafeMutableBufferPointer { s in
                        let s = s.baseAddress!
                        features.withUnsafeBufferPointer { f in
                            if tags == 9 {
                                // The usual 9 tags in registers: lanes 0–7 and one more; each lane
                                // adds the same floats in the same order as the loop below.
                                var low = SIMD8<Float>(repeating: 0), last: Float = 0
                                for feature in f {
                                    let rank = Int(truncatingIfNeeded: slots[Int(truncatingIfNeeded: feature >> shift)])
                                    guard rank >= 0 else { continue }
                                    let base = values + rank &* 9
                                    low += UnsafeRawPointer(base).loadUnaligned(as: SIMD8<Float>.self)
                                    last += base[8]
                                }
                                for t in 0..<8 { s[t] = low[t] }
                                s[8] = last
                                return
                            }
                            for t in 0..<tags { s[t] = 0 }
                            for feature in f {
                                let rank = Int(truncatingIfNeeded: slots[Int(truncatingIfNeeded: feature >> shift)])
                                guard rank >= 0 else { continue }
                                let base = values + rank &* tags
                                for t in 0..<tags { s[t] += base[t] }
                            }
                        }
                    }
                    result.append(PerceptronModel.best(scores, after: previous))
                }
            }
        }
        return result
    }
}
