#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Escapes the bare `&` that real feeds put in URLs ("?a=1&b=2"), which XML would otherwise read
/// as a broken entity reference and drop. References that look like references (`&name;`,
/// `&#123;`, `&#x1F;`, also `&#X1F;`) are kept; CDATA sections and comments are left alone.
enum AmpersandRepair {
    /// The repaired bytes, or nil when nothing needed repair.
    static func repair(_ bytes: [UInt8]) -> [UInt8]? {
        guard needsRepair(bytes) else { return nil }
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while i < bytes.count {
            i = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: UInt8(ascii: "<"), or: UInt8(ascii: "&"), in: $0, from: i) }
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "<"), let end = skipSection(bytes, at: i) {
                i = end
                continue
            }
            if b == UInt8(ascii: "&") {
                switch reference(bytes, at: i) {
                case .valid:
                    break
                case .upperHex:
                    if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                    out.append(contentsOf: bytes[copied..<(i + 2)])
                    out.append(UInt8(ascii: "x"))
                    copied = i + 3
                case .bare:
                    if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                    out.append(contentsOf: bytes[copied..<i])
                    out.append(contentsOf: "&amp;".utf8)
                    copied = i + 1
                }
            }
            i += 1
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private enum Reference { case valid, upperHex, bare }

    /// False when every `&` starts a well-formed reference (wherever it stands): then there is
    /// nothing to repair and sections need not be tracked. One pass in the common case, eight
    /// bytes a step: escaped HTML has an `&` every few words, too often for a `memchr` call each.
    private static func needsRepair(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while true {
                i = ByteScan.firstIndex(of: UInt8(ascii: "&"), in: buf, from: i)
                guard i < buf.count else { return false }
                if !isCommonEntity(buf, at: i), reference(buf, at: i) != .valid { return true }
                i += 1
            }
        }
    }

    /// `&lt;`, `&gt;`, `&amp;` or `&quot;` at `i` (all valid references), tested on four bytes.
    @inline(__always)
    private static func isCommonEntity(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 4 <= b.count else { return false }
        let p = UnsafeRawPointer(b.baseAddress! + i)
        let w = UInt32(littleEndian: p.loadUnaligned(as: UInt32.self))
        // "&lt;" and "&gt;" as little-endian words.
        if w == 0x3B74_6C26 || w == 0x3B74_6726 { return true }
        guard i + 5 <= b.count else { return false }
        // "&amp" followed by ";".
        if w == 0x706D_6126 { return b[i + 4] == UInt8(ascii: ";") }
        // "&quo" followed by "t;".
        if w == 0x6F75_7126 { return i + 6 <= b.count && b[i + 4] == UInt8(ascii: "t") && b[i + 5] == UInt8(ascii: ";") }
        return false
    }

    private static func reference(_ b: [UInt8], at i: Int) -> Reference {
        b.withUnsafeBufferPointer { reference($0, at: i) }
    }

    private static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Reference {
        var j = i + 1
        guard j < b.count else { return .bare }
        if b[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < b.count && (b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X"))
            let upper = hex && b[j] == UInt8(ascii: "X")
            if hex { j += 1 }
            let start = j
            while j < b.count, isDigit(b[j]) || hex && isHexLetter(b[j]) { j += 1 }
            guard j > start, j < b.count, b[j] == UInt8(ascii: ";") else { return .bare }
            return upper ? .upperHex : .valid
        }
        guard isNameStart(b[j]) else { return .bare }
        while j < b.count, j - i < 64, isNameStart(b[j]) || isDigit(b[j]) || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: ".") { j += 1 }
        return j < b.count && b[j] == UInt8(ascii: ";") ? .valid : .bare
    }

    /// End of a CDATA section, comment or processing instruction starting at `i`.
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)

    private static func skipSection(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 3 < b.count, b[i + 1] == UInt8(ascii: "!") else { return nil }
        let rest = b[i...]
        let (open, close): ([UInt8], [UInt8])
        if rest.starts(with: cdataOpen) { (open, close) = (cdataOpen, cdataClose) }
        else if rest.starts(with: commentOpen) { (open, close) = (commentOpen, commentClose) }
        else { return nil }
        var j = i + open.count
        while j + close.count <= b.count {
            if b[j] == close[0], b[j..<(j + close.count)].elementsEqual(close) { return j + close.count }
            j += 1
        }
        return b.count
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isHexLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 }
    @inline(__always) private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }
}
