/// Turns an FTS5 snippet into readable text. The index covers the stored (sanitised HTML) summary
/// and content, so a passage can hold markup: `…jpg" alt=""/><[figcaption]>© dpa</[figcaption]>`.
/// Tags go (whole ones, a tag cut off at either end of the passage, highlight marks inside a tag
/// with it), character references are decoded, runs of whitespace become one space; the `[` `]`
/// highlight marks and the `…` of a cut passage stay.
enum SearchSnippet {
    static func readable(_ snippet: String) -> String {
        let scalars = Array(snippet.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        // A tag cut off at the start: the passage begins inside `<img src="…" alt=""/>`.
        if let close = scalars.firstIndex(of: ">"), !scalars[..<close].contains("<"), looksLikeTagRest(scalars[..<close]) {
            i = close + 1
            out.append("…")
        }
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<", i + 1 < scalars.count, startsTag(scalars[i + 1]) {
                // A tag separates words as a space would ("</p><p>"), unless it is inline.
                guard let end = scalars[(i + 1)...].firstIndex(of: ">") else {
                    if !out.isEmpty, out.last != "…" { out.append("…") }
                    break
                }
                if breaksWords(scalars[(i + 1)..<end]) { pendingSpace = !out.isEmpty }
                i = end + 1
                continue
            }
            if scalar == "&", let (decoded, length) = reference(scalars, at: i) {
                emit(decoded)
                i += length
                continue
            }
            emit(scalar)
            i += 1
        }
        var text = String(out)
        // Highlight marks left empty by a removed tag ("[" "]" around nothing).
        text = text.replacingOccurrences(of: "[]", with: "")
        return text
    }

    /// Whether the character after `<` opens markup (a letter, `/`, `!`, `?`, or a highlight mark
    /// before a tag name), rather than a literal "<" in plain text ("a < b").
    private static func startsTag(_ next: Unicode.Scalar) -> Bool {
        next == "/" || next == "!" || next == "?" || next == "[" || (next.isASCII && next.properties.isAlphabetic)
    }

    /// The end of a tag whose start was cut off: attribute syntax (`="`, `/`) and no sentence in it.
    private static func looksLikeTagRest(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(part))
        return text.contains("=\"") || text.contains("='") || text.hasSuffix("/") || text.hasSuffix("\"")
    }

    /// Block-level and line-break tags separate words; inline ones (`<strong>`, `<a>`) do not.
    private static func breaksWords(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        let name = String(String.UnicodeScalarView(inner.drop(while: { $0 == "/" || $0 == "[" })
            .prefix(while: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))).lowercased()
        return !inlineTags.contains(name)
    }

    private static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// A character reference at `i` (`&amp;`, `&#8211;`, `&#x201E;`, `&nbsp;`) and its length.
    private static func reference(_ scalars: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = scalars[i...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
        let length = semicolon - i + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        guard let scalar = named[body] else { return nil }
        return (scalar, length)
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]
}
