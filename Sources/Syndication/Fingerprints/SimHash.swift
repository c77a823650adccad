/// 64-bit SimHash: similar shingle sets give hashes a small Hamming distance apart.
enum SimHash {
    static func hash(_ shingles: Set<UInt64>) -> UInt64 {
        var weights = [Int](repeating: 0, count: 64)
        for shingle in shingles {
            let value = StableHash.mix(shingle)
            for bit in 0..<64 { weights[bit] += (value >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// 1 − Hamming distance / 64.
    static func similarity(_ a: UInt64, _ b: UInt64) -> Double {
        1 - Double((a ^ b).nonzeroBitCount) / 64
    }
}
