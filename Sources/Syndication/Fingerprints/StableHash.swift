/// Hash functions whose values never change between runs or machines (unlike `Hasher`), so that
/// stored fingerprints and lookup keys stay comparable.
enum StableHash {
    /// 64-bit FNV-1a of the UTF-8 bytes of `words`, separated by a space.
    static func fnv1a(_ words: some Sequence<String>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var first = true
        for word in words {
            if !first { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
            first = false
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    /// SplitMix64 finaliser: a well-mixed 64-bit permutation.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A lookup key in the namespace `tag` (bands, sentences, body, URL never collide by design).
    static func key(tag: UInt64, _ value: UInt64) -> Int64 {
        Int64(bitPattern: mix(value ^ mix(tag)))
    }
}
