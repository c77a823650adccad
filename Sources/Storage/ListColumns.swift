import FeedModel

/// Categories and enclosures as the JSON text `JSONColumn.encode` gives (sorted keys, nil fields
/// left out, slashes unescaped), written directly: the item writer stores both lists for every
/// item, and `JSONEncoder` was a fifth of a bulk commit.
enum ListColumns {
    static func categories(_ list: [Category]) -> String {
        guard !list.isEmpty else { return "[]" }
        var out = "["
        for (i, c) in list.enumerated() {
            if i > 0 { out += "," }
            out += "{"
            var first = true
            field("label", c.label, &out, &first)
            field("scheme", c.scheme, &out, &first)
            field("term", c.term, &out, &first)
            out += "}"
        }
        return out + "]"
    }

    static func enclosures(_ list: [Enclosure]) -> String {
        guard !list.isEmpty else { return "[]" }
        var out = "["
        for (i, e) in list.enumerated() {
            if i > 0 { out += "," }
            out += "{"
            var first = true
            if let length = e.length {
                out += "\"length\":\(length)"
                first = false
            }
            field("type", e.type, &out, &first)
            field("url", e.url, &out, &first)
            out += "}"
        }
        return out + "]"
    }

    private static func field(_ name: String, _ value: String?, _ out: inout String, _ first: inout Bool) {
        guard let value else { return }
        if !first { out += "," }
        first = false
        out += "\"\(name)\":"
        string(value, &out)
    }

    /// A JSON string literal as Foundation's encoder writes it: `"` and `\` escaped, \b \f \n \r \t
    /// short, other control characters as \u00XX, everything else (slashes, non-ASCII) as is.
    static func string(_ value: String, _ out: inout String) {
        out += "\""
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            plain = false
            break
        }
        if plain {
            out += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
