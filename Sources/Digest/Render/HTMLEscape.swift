/// Escaping for HTML text and attribute values: every string from a feed goes through it.
enum HTMLEscape {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and newline dropped.
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An `<a>` for http(s) URLs, or the escaped text alone when the URL is anything else.
    static func link(_ text: String, _ url: String?) -> String {
        guard let url = DigestText.safeURL(url) else { return Self.text(text) }
        return "<a href=\"\(Self.text(url))\" rel=\"noopener noreferrer nofollow\">\(Self.text(text))</a>"
    }
}
