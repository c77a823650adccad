/// What the training corpus says about words and word sequences: for each lowercase form that
/// was part of a name at least once, how often it was which kind (B and I) among all its
/// occurrences, and the lowercase token sequences that were whole names, with their kinds.
///
/// The tagger reads it as features ("this word was an organisation 70% of the time", "these
/// three words were a location"). In training, each sentence sees a dictionary built from the
/// other folds only (jackknifing), so the weights learn how far such evidence holds for names
/// the dictionary did not come from; the shipped model carries the dictionary of all its
/// training data (stored after the weights in the `.nerw` file).
public struct EntityDictionary: Sendable {
    /// Lowercase hash → `tokenCode` (kind fractions and count).
    var tokens = HashTable64()
    /// Hash of a lowercase token sequence (`extend`) → bit mask of the kinds it was (bit k: kind k).
    var spans = HashTable64()
    /// The longest sequence in `spans`, in tokens.
    var longest = 0

    public init() {}

    /// The hash of a sequence: `extend(extend(seed, a), b)` …
    @inline(__always)
    static func extend(_ hash: UInt64, _ lower: UInt64) -> UInt64 {
        FeatureHash.feature(90, hash, lower)
    }

    static let seed: UInt64 = 0x5EED

    /// Longest sequence kept as a name.
    static let maxLength = 6

    /// Per token: its code (0 unknown) and its sequence evidence (0 none: else
    /// kind mask × 4 + 1 first / 2 inside / 3 single token).
    func lookUp(_ lower: [UInt64]) -> (codes: [UInt64], spans: [UInt64]) {
        let n = lower.count
        var codes = [UInt64](repeating: 0, count: n), evidence = [UInt64](repeating: 0, count: n)
        for i in 0..<n { codes[i] = UInt64(tokens.value(lower[i]) ?? 0) }
        guard longest > 0 else { return (codes, evidence) }
        var i = 0
        while i < n {
            // Longest sequence starting here; sequences stop at the first token never seen in a name.
            var hash = Self.seed, best = 0, mask: UInt64 = 0
            var j = i
            while j < n && j - i < longest && codes[j] != 0 {
                hash = Self.extend(hash, lower[j])
                if let found = spans.value(hash) {
                    best = j - i + 1
                    mask = UInt64(found)
                }
                j += 1
            }
            if best == 0 {
                i += 1
                continue
            }
            if best == 1 {
                evidence[i] = mask &* 4 &+ 3
            } else {
                evidence[i] = mask &* 4 &+ 1
                for k in (i + 1)..<(i + best) { evidence[k] = mask &* 4 &+ 2 }
            }
            i += best
        }
        return (codes, evidence)
    }

    /// Four bits per kind (PER, ORG, LOC, MISC at bits 0, 4, 8, 12): the share of the form's
    /// occurrences tagged that kind, in buckets 1 (under a quarter) … 3 (three quarters and more),
    /// 0 never, plus 4 when I- outnumbers B-; bits 16–17: occurrences 1, 2–3, 4–9, 10+.
    static func tokenCode(_ counts: [Int32]) -> UInt32 {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        var code: UInt32 = 0
        for kind in 0..<EntityKind.allCases.count {
            let b = counts[1 + 2 * kind], i = counts[2 + 2 * kind]
            let share = Double(b + i) / Double(total)
            guard b + i > 0 else { continue }
            let bucket: UInt32 = share < 0.25 ? 1 : share < 0.75 ? 2 : 3
            code |= (bucket | (i > b ? 4 : 0)) << UInt32(4 * kind)
        }
        guard code != 0 else { return 0 }
        let size: UInt32 = total == 1 ? 0 : total < 4 ? 1 : total < 10 ? 2 : 3
        return code | size << 16
    }
}

extension EntityDictionary {
    /// Counts of one part of a corpus, from which dictionaries of any set of parts are built.
    struct Counts {
        /// Lowercase hash → occurrences per BIO tag.
        var tokens: [UInt64: [Int32]] = [:]
        /// Sequence hash → occurrences as a name per kind.
        var spans: [UInt64: [Int32]] = [:]

        mutating func add(lower: [UInt64], tags: [BIOTag]) {
            for (hash, tag) in zip(lower, tags) {
                tokens[hash, default: [Int32](repeating: 0, count: BIOTag.count)][tag.raw] += 1
            }
            for (range, kind) in NEREvaluation.spans(tags) where range.count <= EntityDictionary.maxLength {
                var hash = EntityDictionary.seed
                for k in range { hash = EntityDictionary.extend(hash, lower[k]) }
                let index = EntityKind.allCases.firstIndex(of: kind)!
                spans[hash, default: [Int32](repeating: 0, count: EntityKind.allCases.count)][index] += 1
            }
        }

        /// `total` less these counts.
        func subtracted(from total: Counts) -> Counts {
            var result = total
            for (hash, counts) in tokens {
                result.tokens[hash] = zip(total.tokens[hash]!, counts).map { $0 - $1 }
            }
            for (hash, counts) in spans {
                result.spans[hash] = zip(total.spans[hash]!, counts).map { $0 - $1 }
            }
            return result
        }

        mutating func add(_ other: Counts) {
            for (hash, counts) in other.tokens {
                if let mine = tokens[hash] { tokens[hash] = zip(mine, counts).map { $0 + $1 } } else { tokens[hash] = counts }
            }
            for (hash, counts) in other.spans {
                if let mine = spans[hash] { spans[hash] = zip(mine, counts).map { $0 + $1 } } else { spans[hash] = counts }
            }
        }

        /// The dictionary of these counts (keys in sorted order, so that it is the same every run).
        var dictionary: EntityDictionary {
            var result = EntityDictionary()
            for hash in tokens.keys.sorted() {
                let code = EntityDictionary.tokenCode(tokens[hash]!)
                if code != 0 { result.tokens.insert(hash, Int32(code)) }
            }
            for hash in spans.keys.sorted() {
                var mask: Int32 = 0
                for (kind, count) in spans[hash]!.enumerated() where count > 0 { mask |= 1 << Int32(kind) }
                if mask != 0 { result.spans.insert(hash, mask) }
            }
            result.longest = result.spans.count > 0 ? EntityDictionary.maxLength : 0
            return result
        }
    }
}
