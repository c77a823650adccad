/// The word-class lexicon's table: lowercase-form hashes to class bits, built once from a
/// resource and then only read. Open addressing with linear probing like `HashTable64`, but a
/// quarter of its memory for the large lexicons (300,000 German forms): a slot keeps 32 bits of
/// the hash (the home slot comes from all 64, so two forms in one slot that also share these 32
/// bits, one chance in four billion per probe, are the only confusion) and the bits with an
/// occupied flag, and the table is sized once for its entries (at most three quarters full): it
/// cannot grow, since a slot no longer holds the whole hash to place it anew.
struct LexiconTable: Sendable {
    private var checks: [UInt32]
    /// Class bits | `occupied`; 0 marks an empty slot.
    private var values: [UInt32]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0

    private static let occupied: UInt32 = 1 << 31

    /// A table with room for `capacity` entries (an upper bound: a lexicon's line count).
    init(capacity: Int = 0) {
        var bits: UInt64 = 4
        while (1 << bits) * 3 < capacity * 4 { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        checks = Array(repeating: 0, count: mask + 1)
        values = Array(repeating: 0, count: mask + 1)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The class bits of `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32? {
        let check = UInt32(truncatingIfNeeded: key)
        return checks.withUnsafeBufferPointer { c in
            values.withUnsafeBufferPointer { v in
                var slot = home(key)
                while true {
                    let found = v[slot]
                    if found == 0 { return nil }
                    if c[slot] == check { return found & ~Self.occupied }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// Stores `bits` (below 2^31) for `key` unless the key is there already (the first entry wins).
    mutating func insert(_ key: UInt64, _ bits: UInt32) {
        precondition(bits < Self.occupied && (count + 1) * 4 <= (mask + 1) * 3, "LexiconTable sized below its entries")
        let check = UInt32(truncatingIfNeeded: key)
        var slot = home(key)
        while values[slot] != 0 {
            if checks[slot] == check { return }
            slot = (slot + 1) & mask
        }
        checks[slot] = check
        values[slot] = bits | Self.occupied
        count += 1
    }
}
