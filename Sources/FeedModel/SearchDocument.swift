/// What the full-text index holds of an item: the title as it is, and the summary and content as
/// the text a reader sees. Tags are removed (a block-level tag separates words, an inline one such
/// as `<strong>` does not), character references are decoded, and runs of whitespace become one
/// space. So markup words ("href", "https", "strong", "figcaption") are not searchable, and they no
/// longer take up the index: in the 192 real feeds of the test oracles, markup was 40% of the words
/// of summaries and contents.
///
/// The index is contentless: to take an item's entry out, FTS5 needs the very text it indexed, which
/// the store recomputes from the stored item with this type. A change to what `plainText` returns
/// for some input must come with a new `version`: a database indexed under another version is
/// indexed again when it is opened (`FullTextIndex.reindexIfStale`).
public struct SearchDocument: Sendable, Hashable {
    /// The version of the conversion; see above.
    public static let version = 1

    public var title: String?
    public var summary: String?
    public var content: String?

    /// The document of an item's stored title, summary and content (sanitised HTML).
    public init(title: String?, summary: String?, content: String?) {
        self.title = title
        self.summary = summary.map(Self.plainText)
        self.content = content.map(Self.plainText)
    }

    /// `html` as text: see the type's description. Input without `<`, `&` or a whitespace run comes
    /// back as it is.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            guard needsWork(bytes) else { return nil }
            return String(decoding: convert(bytes), as: UTF8.self)
        } ?? html
    }

    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x09, 0x0A, 0x0D: return true
            case 0x20:
                if previousSpace { return true }
                previousSpace = true
            default: previousSpace = false
            }
        }
        return previousSpace && !bytes.isEmpty
    }

    private static func convert(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        let count = bytes.count
        var i = 0
        while i < count {
            // A run of ordinary bytes (single spaces included) is copied at once.
            let runStart = i
            while i < count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0x09 || byte == 0x0A || byte == 0x0D { break }
                if byte == 0x20, i + 1 < count, bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09 || bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D { break }
                i += 1
            }
            if i > runStart {
                var run = UnsafeBufferPointer(rebasing: bytes[runStart..<i])
                if pendingSpace || out.isEmpty {
                    // The run's own leading space merges with the pending one (or goes, at the start).
                    if run.first == 0x20 { run = UnsafeBufferPointer(rebasing: run.dropFirst()) }
                    if pendingSpace, !run.isEmpty {
                        if !out.isEmpty { out.append(0x20) }
                        pendingSpace = false
                    }
                }
                if run.isEmpty {
                    // Only a space, now pending.
                } else if run.last == 0x20 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: run.dropLast()))
                    pendingSpace = true
                } else {
                    out.append(contentsOf: run)
                }
            }
            guard i < count else { break }
            let byte = bytes[i]
            if byte == UInt8(ascii: "<"), i + 1 < count, startsTag(bytes[i + 1]) {
                guard let end = index(of: UInt8(ascii: ">"), in: bytes, from: i + 1) else { break }
                if breaksWords(bytes, from: i + 1, to: end) { pendingSpace = true }
                i = end + 1
            } else if byte == UInt8(ascii: "&"), let (scalar, length) = reference(bytes, at: i) {
                if scalar.properties.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UTF8.encode(scalar)!)
                }
                i += length
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
                i += 1
            } else {
                // A literal "<" or "&" that opens nothing.
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    private static func index(of target: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == target { return i }
            i += 1
        }
        return nil
    }

    /// Whether the byte after `<` opens markup (a letter, `/`, `!`, `?`), rather than a literal "<"
    /// in text ("a < b").
    private static func startsTag(_ next: UInt8) -> Bool {
        next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
            || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
    }

    /// Block-level and line-break tags separate words; inline ones (`<strong>`, `<a>`) do not.
    private static func breaksWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, bytes[i] == UInt8(ascii: "/") { i += 1 }
        var name: [UInt8] = []
        while i < end, name.count < 12 {
            let lower = bytes[i] | 0x20
            guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) else { break }
            name.append(bytes[i] >= 0x30 && bytes[i] <= 0x39 ? bytes[i] : lower)
            i += 1
        }
        return !inlineTags.contains(name)
    }

    private static let inlineTags: Set<[UInt8]> = Set([
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ].map { Array($0.utf8) })

    /// A character reference at `i` (`&amp;`, `&#8211;`, `&#x201E;`, `&nbsp;`) and its length in bytes.
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        let limit = min(bytes.count, i + 12)
        while j < limit, bytes[j] != UInt8(ascii: ";") { j += 1 }
        guard j < limit else { return nil }
        let body = Array(bytes[(i + 1)..<j])
        let length = j - i + 1
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty else { return nil }
            var value: UInt32 = 0
            for digit in digits {
                let d: UInt32
                switch digit {
                case 0x30...0x39: d = UInt32(digit - 0x30)
                case 0x61...0x66 where radix == 16: d = UInt32(digit - 0x61 + 10)
                case 0x41...0x46 where radix == 16: d = UInt32(digit - 0x41 + 10)
                default: return nil
                }
                value = value * radix + d
                guard value <= 0x10FFFF else { return nil }
            }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        guard let scalar = named[body] else { return nil }
        return (scalar, length)
    }

    private static let named: [[UInt8]: Unicode.Scalar] = [
        Array("amp".utf8): "&", Array("lt".utf8): "<", Array("gt".utf8): ">", Array("quot".utf8): "\"",
        Array("apos".utf8): "'", Array("nbsp".utf8): "\u{A0}",
    ]
}
