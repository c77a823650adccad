/// The weights of one feature: `tags` floats, added into a score row.
protocol WeightRows {
    /// 64 − the model's bits: a feature hash's bucket is `feature >> shift`.
    var shift: UInt64 { get }

    /// Adds the row of `feature` into `scores` (`tags` floats).
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>)
}

/// Rows of the dense table (training, and models built in memory).
struct DenseRows: WeightRows {
    let weights: UnsafePointer<Float>
    let shift: UInt64
    let tags: Int

    @inline(__always)
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        let base = weights + Int(truncatingIfNeeded: feature >> shift) &* tags
        for t in 0..<tags { scores[t] += base[t] }
    }
}

/// Rows of a loaded model's packed table: the file's Int16 weights as they are (half the memory
/// of floats, so more of the table stays in cache). Scores come out in units of the model's
/// scale, which changes no decision: every score of a sentence is scaled alike. Sums of Int16
/// values are exact in Float far beyond any sentence's feature count.
struct PackedRows: WeightRows {
    let words: UnsafePointer<UInt64>
    let ranks: UnsafePointer<Int32>
    let values: UnsafePointer<Int16>
    let shift: UInt64
    let tags: Int

    @inline(__always)
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        let bucket = Int(truncatingIfNeeded: feature >> shift)
        let word = words[bucket &>> 6], bit = UInt64(truncatingIfNeeded: bucket & 63)
        guard (word &>> bit) & 1 != 0 else { return }
        let rank = Int(truncatingIfNeeded: ranks[bucket &>> 6]) &+ (word & ((1 &<< bit) &- 1)).nonzeroBitCount
        let base = values + rank &* tags
        if tags == 9 {
            // Lanes 0–7 in one vector, the ninth on its own.
            let row = SIMD8<Float>(UnsafeRawPointer(base).loadUnaligned(as: SIMD8<Int16>.self))
            let low = UnsafeRawPointer(scores).loadUnaligned(as: SIMD8<Float>.self) + row
            UnsafeMutableRawPointer(scores).storeBytes(of: low, as: SIMD8<Float>.self)
            scores[8] += Float(base[8])
            return
        }
        for t in 0..<tags { scores[t] += Float(base[t]) }
    }
}

/// First-order Viterbi decoding of BIO tags: the score of tag t at token i after tag p is the
/// token's static features' weights for t plus its transition features' (which combine p with
/// the token) weights for t. I-X only after B-X or I-X; the first token follows O.
enum Viterbi {
    @_specialize(where Rows == PackedRows)
    @_specialize(where Rows == DenseRows)
    static func decode<Rows: WeightRows>(_ sentence: SentenceFeatures, rows: Rows, tags: Int) -> [BIOTag] {
        let n = sentence.count
        guard n > 0 else { return [] }
        var features: [UInt64] = []
        features.reserveCapacity(80)
        var back = [UInt8](repeating: 0, count: n * tags)
        // emit: static scores; row: transition scores for one previous tag; delta/next: best path scores.
        var buffer = [Float](repeating: 0, count: 4 * tags + tags * tags)
        let allowed = tags == BIOTag.count ? Self.allowedBIO : Self.allowed(tags)
        return buffer.withUnsafeMutableBufferPointer { buffer -> [BIOTag] in
            let emit = buffer.baseAddress!, row = emit + tags
            var delta = row + tags, next = delta + tags
            // The tag-pair weights (the same for every token): once per sentence.
            let pairs = next + tags
            for p in 0..<tags { rows.add(SentenceFeatures.pairFeature(previous: p), into: pairs + p * tags) }
            for i in 0..<n {
                features.removeAll(keepingCapacity: true)
                sentence.staticFeatures(at: i, into: &features)
                for t in 0..<tags { emit[t] = 0 }
                for feature in features { rows.add(feature, into: emit) }
                for t in 0..<tags { next[t] = -.infinity }
                let cutoff = i == 0 ? 0 : Self.cutoff(delta, tags)
                for p in 0..<tags where i == 0 ? p == 0 : delta[p] >= cutoff && delta[p] > -.infinity {
                    features.removeAll(keepingCapacity: true)
                    sentence.transitionFeatures(at: i, previous: p, shift: rows.shift, into: &features)
                    for t in 0..<tags { row[t] = pairs[p * tags + t] }
                    for feature in features { rows.add(feature, into: row) }
                    let base = i == 0 ? 0 : delta[p]
                    for t in 0..<tags where allowed[p * tags + t] {
                        let score = base + emit[t] + row[t]
                        if score > next[t] {
                            next[t] = score
                            back[i * tags + t] = UInt8(p)
                        }
                    }
                }
                swap(&delta, &next)
            }
            var best = 0
            for t in 1..<tags where delta[t] > delta[best] { best = t }
            var result = [BIOTag](repeating: .outside, count: n)
            for i in stride(from: n - 1, through: 0, by: -1) {
                result[i] = BIOTag(raw: best)
                best = Int(back[i * tags + best])
            }
            return result
        }
    }

    /// Previous tags considered per token: the best `beam` paths (ties included); the others
    /// rarely win and each costs its transition weights' memory reads.
    static let beam = 3

    /// The `beam`-th highest of `delta[0..<tags]`.
    @inline(__always)
    static func cutoff(_ delta: UnsafeMutablePointer<Float>, _ tags: Int) -> Float {
        guard tags > beam else { return -.infinity }
        var top = (Float(-Float.infinity), Float(-Float.infinity), Float(-Float.infinity), Float(-Float.infinity))
        for t in 0..<tags {
            let v = delta[t]
            if v > top.3 {
                if v > top.0 { top = (v, top.0, top.1, top.2) }
                else if v > top.1 { top = (top.0, v, top.1, top.2) }
                else if v > top.2 { top = (top.0, top.1, v, top.2) }
                else { top.3 = v }
            }
        }
        switch beam {
        case 1: return top.0
        case 2: return top.1
        case 3: return top.2
        default: return top.3
        }
    }

    /// `allowed(BIOTag.count)`, once.
    static let allowedBIO = allowed(BIOTag.count)

    /// allowed[p * tags + t]: whether tag t may follow tag p.
    static func allowed(_ tags: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: tags * tags)
        for p in 0..<tags {
            for t in 0..<tags { result[p * tags + t] = BIOTag(raw: t).mayFollow(BIOTag(raw: p)) }
        }
        return result
    }
}
