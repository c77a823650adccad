/// An open-addressing hash table from packed n-grams to model rows: the language identifier's
/// hot-path lookup, cheaper than `Dictionary` (no SipHash, one multiply per probe).
struct GramTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// A table for `entries` (keys must be non-zero), at most half full.
    init(_ entries: [UInt64: Int32]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        keys = Array(repeating: 0, count: mask + 1)
        rows = Array(repeating: -1, count: mask + 1)
        for (key, row) in entries.sorted(by: { $0.key < $1.key }) { insert(key, row) }
    }

    private mutating func insert(_ key: UInt64, _ row: Int32) {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        rows[slot] = row
    }

    /// The row of `key`, or nil when the model does not know the n-gram.
    @inline(__always)
    func row(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = keys[slot]
            if k == key { return rows[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
