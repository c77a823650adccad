import Foundation

/// Turns the gathered bytes of a text construct into its value.
enum TextConstructDecoder {
    /// Text of a simple element; C1 controls (from `&#150;` style references) read as windows-1252.
    static func plain(_ raw: ArraySlice<UInt8>, trim: Bool, wellFormed: Bool = false) -> String {
        if hasC1(raw) {
            let bytes = repairedC1(raw)
            return trim ? trimmed(bytes, wellFormed: wellFormed) : string(bytes, wellFormed: wellFormed)
        }
        return trim ? trimmed(raw, wellFormed: wellFormed) : string(raw, wellFormed: wellFormed)
    }

    /// `String(decoding: bytes, as: UTF8.self)`, quicker for the long values of feeds (bodies,
    /// summaries): they are copied without the standard library's own check, which goes a byte
    /// at a time from the first non-ASCII byte on. `wellFormed` says the caller knows the bytes
    /// are UTF-8 (see `FeedBuilder.textIsWellFormed`); then only their ends are looked at, to
    /// catch a cut inside a character. Otherwise they are checked here first, sixteen ASCII bytes
    /// a step. Debug builds, and so every test, check every byte either way. Short values (stored
    /// inline) and anything not well-formed (repaired) take the plain way.
    static func string(_ bytes: ArraySlice<UInt8>, wellFormed: Bool = false) -> String {
        bytes.withUnsafeBufferPointer { buf in
            assert(!wellFormed || UTF8Bytes.isValid(buf), "bytes said to be UTF-8 are not")
            if buf.count > 15, wellFormed ? UTF8Bytes.hasWholeEnds(buf) : UTF8Bytes.isValid(buf),
               #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
                return String(copying: UTF8Span(unchecked: Span(_unsafeElements: buf)))
            }
            return String(decoding: buf, as: UTF8.self)
        }
    }

    /// True when the UTF-8 bytes hold U+0080…U+009F (C2 80…C2 9F), e.g. from `&#150;`.
    static func hasC1(_ raw: ArraySlice<UInt8>) -> Bool {
        raw.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            var i = 0
            while i < buf.count {
                guard let hit = memchr(base + i, 0xC2, buf.count - i) else { return false }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if at + 1 < buf.count, buf[at + 1] >= 0x80, buf[at + 1] <= 0x9F { return true }
                i = at + 1
            }
            return false
        }
    }

    /// Maps U+0080…U+009F to the characters windows-1252 puts there, as feedparser and browsers do.
    static func repairedC1(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + 16)
        var copied = raw.startIndex
        var i = raw.startIndex
        while let c2 = raw[i...].firstIndex(of: 0xC2) {
            i = c2 + 1
            guard i < raw.endIndex, raw[i] >= 0x80, raw[i] <= 0x9F else { continue }
            out.append(contentsOf: raw[copied..<c2])
            UTF8Bytes.append(Windows1252.high[Int(raw[i] - 0x80)], to: &out)
            i += 1
            copied = i
        }
        out.append(contentsOf: raw[copied...])
        return out[...]
    }

    /// Decodes `raw` without leading and trailing whitespace (ASCII and Unicode), cut on the
    /// bytes before decoding.
    static func trimmed(_ raw: ArraySlice<UInt8>, wellFormed: Bool = false) -> String {
        var lo = raw.startIndex, hi = raw.endIndex
        while lo < hi {
            if isSpace(raw[lo]) { lo += 1; continue }
            guard raw[lo] >= 0x80, let (scalar, length) = scalar(raw, at: lo, before: hi), isUnicodeSpace(scalar) else { break }
            lo += length
        }
        while hi > lo {
            if isSpace(raw[hi - 1]) { hi -= 1; continue }
            guard raw[hi - 1] >= 0x80 else { break }
            var start = hi - 1
            while start > lo, raw[start] & 0xC0 == 0x80 { start -= 1 }
            guard let (scalar, length) = scalar(raw, at: start, before: hi), start + length == hi, isUnicodeSpace(scalar) else { break }
            hi = start
        }
        return string(raw[lo..<hi], wellFormed: wellFormed)
    }

    /// The scalar encoded at `i` and its length in bytes.
    private static func scalar(_ raw: ArraySlice<UInt8>, at i: Int, before end: Int) -> (UInt32, Int)? {
        let b = raw[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= end else { return nil }
        var v = UInt32(b) & (0xFF >> (length + 1))
        for k in 1..<length { v = v << 6 | UInt32(raw[i + k] & 0x3F) }
        return (v, length)
    }

    private static func isUnicodeSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }


    static func decode(_ raw: ArraySlice<UInt8>, kind: TextKind, wellFormed: Bool = false) -> String {
        let s = hasC1(raw) ? trimmed(repairedC1(raw), wellFormed: wellFormed) : trimmed(raw, wellFormed: wellFormed)
        if case .base64 = kind {
            let cleaned = s.filter { !$0.isWhitespace }
            if let data = Data(base64Encoded: cleaned), let decoded = String(data: data, encoding: .utf8) { return decoded }
        }
        return s
    }
}
