import Foundation

/// Titles normalised for comparison: case and punctuation folded, ticker prefixes removed.
///
/// "Liveticker: Bundestag beschließt Haushalt für 2027" and "Bundestag beschließt Haushalt
/// für 2027!" have the same key, "bundestag beschließt haushalt für 2027".
public enum TitleKey {
    /// Lower-cased labels that a site puts before a headline, followed by ":", "|", "–" or "+++".
    static let prefixes: Set<String> = [
        "liveticker", "live", "ticker", "newsticker", "newsblog", "liveblog", "update", "updates", "eilmeldung",
        "eil", "breaking", "breaking news", "exklusiv", "exclusive", "video", "watch", "live updates", "neu",
        "aktuell", "just in", "developing", "analyse", "analysis", "kommentar", "opinion",
    ]

    /// The comparison key of `title` (empty for no title).
    public static func normalise(_ title: String?) -> String {
        guard let title else { return "" }
        var rest = Substring(title.lowercased())
        while let stripped = strippingPrefix(rest) { rest = stripped }
        return rest.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// `text` without one leading label and its separator, or nil when it starts with none.
    static func strippingPrefix(_ text: Substring) -> Substring? {
        let trimmed = text.drop { " +*|".contains($0) }
        guard let separator = trimmed.firstIndex(where: { ":|–—+".contains($0) }) else { return nil }
        let label = trimmed[..<separator].trimmingCharacters(in: .whitespaces)
        guard prefixes.contains(label) else { return nil }
        return trimmed[trimmed.index(after: separator)...].drop { ":|–—+- *".contains($0) }
    }
}
