/// Word-at-a-time byte tests (eight bytes per step) for the passes over whole documents.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when some byte of `x` is zero.
    @inline(__always)
    static func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }

    /// Nonzero when some byte of `x` is below `n` (n ≤ 128).
    @inline(__always)
    static func hasLess(_ x: UInt64, _ n: UInt8) -> Bool { (x &- ones &* UInt64(n)) & ~x & highs != 0 }

    /// Index of the first byte at or after `from` equal to `a` or `b`; `buf.count` when none.
    static func firstIndex(of a: UInt8, or b: UInt8, in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let raw = UnsafeRawBufferPointer(buf)
        let ma = ones &* UInt64(a), mb = ones &* UInt64(b)
        while i + 8 <= buf.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasZero(x ^ ma) || hasZero(x ^ mb) { break }
            i += 8
        }
        while i < buf.count, buf[i] != a, buf[i] != b { i += 1 }
        return i
    }
}
