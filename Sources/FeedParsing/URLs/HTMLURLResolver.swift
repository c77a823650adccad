/// Makes relative `href` / `src` values inside escaped HTML absolute, as feedparser does for
/// HTML content. A byte scan over attribute syntax; markup that is not HTML passes unchanged.
enum HTMLURLResolver {
    static func resolve(_ html: String, base: String?) -> String {
        guard let base, !base.isEmpty, html.utf8.contains(UInt8(ascii: "=")) else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var i = 0
        var changed = false
        while i < bytes.count {
            if let (valueStart, valueEnd) = uriAttribute(bytes, at: i) {
                let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                let resolved = URLResolver.resolve(value, against: base)
                out.append(contentsOf: bytes[i..<valueStart])
                out.append(contentsOf: resolved.utf8)
                changed = changed || resolved != value
                i = valueEnd
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : html
    }

    /// At `i`, a whitespace-preceded `href=` or `src=` followed by a quoted value.
    private static func uriAttribute(_ b: [UInt8], at i: Int) -> (Int, Int)? {
        guard i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x0A || b[i - 1] == 0x09 else { return nil }
        var nameEnd = -1
        for name in ["href", "src"] where matches(b, at: i, name) {
            nameEnd = i + name.utf8.count
        }
        guard nameEnd > 0 else { return nil }
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

    private static func matches(_ b: [UInt8], at i: Int, _ name: String) -> Bool {
        var k = i
        for c in name.utf8 {
            guard k < b.count, b[k] | 0x20 == c else { return false }
            k += 1
        }
        return true
    }
}
