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

    /// 0x80 in each byte of `x` that is a C0 control XML forbids (below 0x20, not tab, LF or
    /// CR), 0 elsewhere: exact per byte (no carries between bytes), so a line end costs nothing.
    @inline(__always)
    static func forbiddenControls(_ x: UInt64) -> UInt64 {
        let low7 = ones &* 0x7F
        let below20 = ~(((x & low7) &+ ones &* (0x80 - 0x20)) | x) & highs
        if below20 == 0 { return 0 }
        @inline(__always) func equal(_ c: UInt8) -> UInt64 {
            let t = x ^ (ones &* UInt64(c))
            return ~(((t & low7) &+ low7) | t) & highs
        }
        return below20 & ~(equal(0x09) | equal(0x0A) | equal(0x0D))
    }

    /// Index of the first byte at or after `from` equal to `a`; `buf.count` when none.
    @inline(__always)
    static func firstIndex(of a: UInt8, in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let raw = UnsafeRawBufferPointer(buf)
        let ma = ones &* UInt64(a)
        while i + 8 <= buf.count {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ ma
            let zero = (x &- ones) & ~x & highs
            // The lowest flagged byte is exact (a borrow only runs upwards from a true zero).
            if zero != 0 { return i + zero.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < buf.count, buf[i] != a { i += 1 }
        return i
    }

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
