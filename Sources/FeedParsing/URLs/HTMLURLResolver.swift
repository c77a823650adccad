/// Makes relative `href` / `src` values inside escaped HTML absolute, as feedparser does for
/// HTML content. A byte scan over attribute syntax; markup that is not HTML passes unchanged.
enum HTMLURLResolver {
    static func resolve(_ html: String, base: String?) -> String {
        guard let base, !base.isEmpty, html.utf8.contains(UInt8(ascii: "=")) else { return html }
        var html = html
        html.makeContiguousUTF8()
        return html.utf8.withContiguousStorageIfAvailable { resolve(html, bytes: $0, base: base) } ?? html
    }

    /// Finds the values first and builds a new string only when one of them changes.
    private static func resolve(_ html: String, bytes: UnsafeBufferPointer<UInt8>, base: String) -> String {
        var edits: [(start: Int, end: Int, resolved: String)] = []
        var i = 1
        while i < bytes.count {
            let c = bytes[i] | 0x20
            if c == UInt8(ascii: "h") || c == UInt8(ascii: "s"), let (valueStart, valueEnd) = uriAttribute(bytes, at: i) {
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                let resolved = URLResolver.resolve(value, against: base)
                if resolved != value { edits.append((valueStart, valueEnd, resolved)) }
                i = valueEnd
            } else {
                i += 1
            }
        }
        guard !edits.isEmpty else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64 * edits.count)
        var copied = 0
        for edit in edits {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<edit.start]))
            out.append(contentsOf: edit.resolved.utf8)
            copied = edit.end
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// At `i`, a whitespace-preceded `href=` or `src=` followed by a quoted value.
    private static func uriAttribute(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
        guard i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x0A || b[i - 1] == 0x09 else { return nil }
        let nameEnd: Int
        if matches(b, at: i, "href") { nameEnd = i + 4 } else if matches(b, at: i, "src") { nameEnd = i + 3 } else { return nil }
        var j = nameEnd
        while j < b.count, b[j] == 0x20 { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: "=") else { return nil }
        j += 1
        while j < b.count, b[j] == 0x20 { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") else { return nil }
        let quote = b[j]
        guard let close = b[(j + 1)...].firstIndex(of: quote) else { return nil }
        return (j + 1, close)
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ name: String) -> Bool {
        var k = i
        for c in name.utf8 {
            guard k < b.count, b[k] | 0x20 == c else { return false }
            k += 1
        }
        return true
    }
}
