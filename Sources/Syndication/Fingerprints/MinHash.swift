/// MinHash signatures: the fraction of equal positions in two signatures estimates the Jaccard
/// similarity of the shingle sets.
enum MinHash {
    /// One minimum per seeded hash function; all `UInt32.max` for an empty set.
    static func signature(_ shingles: Set<UInt64>, length: Int) -> [UInt32] {
        var minima = [UInt64](repeating: .max, count: length)
        for shingle in shingles {
            for index in 0..<length {
                let value = StableHash.mix(shingle ^ seeds[index])
                if value < minima[index] { minima[index] = value }
            }
        }
        return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// Estimated Jaccard similarity of two signatures of the same length.
    static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var equal = 0
        for index in a.indices where a[index] == b[index] && a[index] != .max { equal += 1 }
        return Double(equal) / Double(a.count)
    }

    /// Fixed seeds, one per hash function (up to 256).
    static let seeds: [UInt64] = (0..<256).map { StableHash.mix(UInt64($0) &* 0x2545_f491_4f6c_dd1d) }
}
