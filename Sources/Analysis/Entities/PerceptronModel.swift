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
    /// The template groups the model was trained with.
    public internal(set) var options: FeatureOptions = []

    static let magic = Array("WWNER1\0\0".utf8)

    /// An all-zero model with 2^bits buckets.
    public init(bits: Int, tags: Int = BIOTag.count) {
        self.bits = bits
        self.tags = tags
        weights = [Float](repeating: 0, count: (1 << bits) * tags)
    }

    /// A loaded model: packed weights only (no dense table).
    init(bits: Int, tags: Int, compact: CompactWeights) {
        self.bits = bits
        self.tags = tags
        weights = []
        self.compact = compact
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

    /// Viterbi BIO decoding (I-X only after B-X or I-X).
    func tag(_ sentence: SentenceFeatures) -> [BIOTag] {
        if let compact { return compact.tag(sentence, shift: UInt64(64 - bits)) }
        return weights.withUnsafeBufferPointer { w in
            Viterbi.decode(sentence, rows: DenseRows(weights: w.baseAddress!, shift: UInt64(64 - bits), tags: tags), tags: tags)
        }
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

/// The buckets listed in a model file: which buckets are listed (one bit each) and the `tags`
/// weights of each listed bucket, densely, in bucket order, as the file's Int16 values (weight /
/// scale). A listed bucket's row is its rank among the listed ones: the listed buckets before its
/// 64-bucket word (`ranks`) plus those below it in the word (a popcount). 2^20 buckets cost 192 KiB
/// so, where an Int32 row index per bucket cost 4 MiB; buckets that are not listed hold zeros,
/// which add nothing, and the common scale changes no decision.
struct CompactWeights: Sendable {
    let tags: Int
    /// Bit b of word b / 64: bucket b is listed.
    var words: [UInt64]
    /// Per word: the listed buckets in the words before it.
    var ranks: [Int32]
    var values: [Int16]

    /// From the listed buckets, ascending, and their rows of `values`.
    init(tags: Int, bits: Int, buckets: [Int], values: [Int16]) {
        self.tags = tags
        var words = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        for bucket in buckets { words[bucket >> 6] |= 1 << UInt64(bucket & 63) }
        var ranks = [Int32](repeating: 0, count: words.count)
        var total: Int32 = 0
        for (i, word) in words.enumerated() {
            ranks[i] = total
            total += Int32(word.nonzeroBitCount)
        }
        self.words = words
        self.ranks = ranks
        self.values = values
    }

    /// Viterbi BIO decoding, as `PerceptronModel.tag(_:)`.
    func tag(_ sentence: SentenceFeatures, shift: UInt64) -> [BIOTag] {
        words.withUnsafeBufferPointer { words in
            ranks.withUnsafeBufferPointer { ranks in
                values.withUnsafeBufferPointer { values in
                    Viterbi.decode(
                        sentence,
                        rows: PackedRows(
                            words: words.baseAddress!, ranks: ranks.baseAddress!, values: values.baseAddress!, shift: shift,
                            tags: tags),
                        tags: tags)
                }
            }
        }
    }
}
