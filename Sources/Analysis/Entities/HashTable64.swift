/// An open-addressing hash table from 64-bit keys (already well-mixed hashes) to small
/// non-negative values: the hot-path look-up of hashed words, cheaper than `Dictionary` or
/// `Set` (no SipHash, one multiply per probe, linear probing, at most half full).
struct HashTable64: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        keys = Array(repeating: 0, count: mask + 1)
        values = Array(repeating: -1, count: mask + 1)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                var slot = home(key)
                while true {
                    let found = v[slot]
                    if found < 0 { return nil }
                    if k[slot] == key { return found }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Stores `value` for `key` unless the key is there already; returns the value it had, or
    /// nil when it was inserted.
    @discardableResult
    mutating func insert(_ key: UInt64, _ value: Int32) -> Int32? {
        precondition(value >= 0)
        if (count + 1) * 2 > mask + 1 { grow() }
        var slot = home(key)
        while true {
            let found = values[slot]
            if found < 0 {
                keys[slot] = key
                values[slot] = value
                count += 1
                return nil
            }
            if keys[slot] == key { return found }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with every key and its value (in slot order).
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in 0...mask where values[slot] >= 0 { body(keys[slot], values[slot]) }
    }

    private mutating func grow() {
        var bigger = HashTable64(capacity: mask + 1)
        forEach { bigger.insert($0, $1) }
        self = bigger
    }
}

/// A set of 64-bit hashes on `HashTable64`.
struct HashSet64: Sendable {
    private var table = HashTable64()

    init() {}

    var count: Int { table.count }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table.contains(key) }

    mutating func insert(_ key: UInt64) { table.insert(key, 0) }
}
