import Foundation

/// Turns the gathered bytes of a text construct into its value.
enum TextConstructDecoder {
    /// Text of a simple element; C1 controls (from `&#150;` style references) read as windows-1252.
    static func plain(_ raw: ArraySlice<UInt8>, trim: Bool) -> String {
        let bytes = hasC1(raw) ? repairedC1(raw) : raw
        return trim ? trimmed(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    /// True when the UTF-8 bytes hold U+0080…U+009F (C2 80…C2 9F), e.g. from `&#150;`.
    static func hasC1(_ raw: ArraySlice<UInt8>) -> Bool {
        var i = raw.startIndex
        while let c2 = raw[i...].firstIndex(of: 0xC2) {
            if c2 + 1 < raw.endIndex, raw[c2 + 1] >= 0x80, raw[c2 + 1] <= 0x9F { return true }
            i = c2 + 1
        }
        return false
    }

    /// Maps U+0080…U+009F to the characters windows-1252 puts there, as feedparser and browsers do.
    static func repairedC1(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + 16)
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == 0xC2, i + 1 < raw.endIndex, raw[i + 1] >= 0x80, raw[i + 1] <= 0x9F {
                UTF8Bytes.append(Windows1252.high[Int(raw[i + 1] - 0x80)], to: &out)
                i += 2
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return out[...]
    }

    /// Decodes `raw` without leading and trailing whitespace; ASCII whitespace is cut on the
    /// bytes, Foundation only runs when non-ASCII bytes sit at an end.
    static func trimmed(_ raw: ArraySlice<UInt8>) -> String {
        var lo = raw.startIndex, hi = raw.endIndex
        while lo < hi, isSpace(raw[lo]) { lo += 1 }
        while hi > lo, isSpace(raw[hi - 1]) { hi -= 1 }
        let s = String(decoding: raw[lo..<hi], as: UTF8.self)
        guard lo < hi, raw[lo] >= 0x80 || raw[hi - 1] >= 0x80 else { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }


    static func decode(_ raw: ArraySlice<UInt8>, kind: TextKind, frame: FeedBuilder.Frame) -> String {
        let s = trimmed(hasC1(raw) ? repairedC1(raw) : raw)
        if case .base64 = kind {
            let cleaned = s.filter { !$0.isWhitespace }
            if let data = Data(base64Encoded: cleaned), let decoded = String(data: data, encoding: .utf8) { return decoded }
        }
        return s
    }
}
