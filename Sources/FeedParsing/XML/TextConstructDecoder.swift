import Foundation

/// Turns the gathered bytes of a text construct into its value.
enum TextConstructDecoder {
    /// Text of a simple element; C1 controls (from `&#150;` style references) read as windows-1252.
    static func plain(_ raw: ArraySlice<UInt8>, trim: Bool) -> String {
        let s = trim ? trimmed(raw) : String(decoding: raw, as: UTF8.self)
        return raw.contains(0xC2) ? repairC1(s) : s
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

    /// Maps U+0080…U+009F to the characters windows-1252 puts there, as feedparser and browsers do.
    static func repairC1(_ s: String) -> String {
        // U+0080…U+009F are encoded as C2 80…C2 9F.
        guard s.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if (0x80...0x9F).contains(u.value), let m = Unicode.Scalar(Windows1252.high[Int(u.value - 0x80)]) { out.append(m) } else { out.append(u) }
        }
        return String(out)
    }

    static func decode(_ raw: ArraySlice<UInt8>, kind: TextKind, frame: FeedBuilder.Frame) -> String {
        let s = raw.contains(0xC2) ? repairC1(trimmed(raw)) : trimmed(raw)
        if case .base64 = kind {
            let cleaned = s.filter { !$0.isWhitespace }
            if let data = Data(base64Encoded: cleaned), let decoded = String(data: data, encoding: .utf8) { return decoded }
        }
        return s
    }
}
