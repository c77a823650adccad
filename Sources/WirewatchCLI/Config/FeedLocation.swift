import Foundation

/// Turns what a user writes as a feed location into the URL that is fetched and stored.
enum FeedLocation {
    /// http(s) URLs are kept (scheme and host lower-cased); a path without a scheme is a local file,
    /// resolved against `directory` and written as a file:// URL; other schemes are refused.
    static func normalise(
        _ raw: String, relativeTo directory: String, error: (String) -> ConfigError
    ) throws -> String {
        let text = raw.trimmingWhitespaces()
        if let scheme = text.range(of: "://").map({ text[..<$0.lowerBound].lowercased() }) {
            switch scheme {
            case "http", "https":
                guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
                    throw error("'\(text)' is not a valid URL")
                }
                var normal = components
                normal.scheme = scheme
                normal.host = host.lowercased()
                return normal.string ?? text
            case "file":
                return text
            default:
                throw error("unsupported scheme '\(scheme)' (use http, https or a file path)")
            }
        }
        let path = text.hasPrefix("/") ? text : directory + "/" + text
        return URL(fileURLWithPath: (path as NSString).standardizingPath).absoluteString
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, skipping Foundation's copy when neither end is
    /// whitespace (as in almost every configuration value).
    func trimmingWhitespaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            !CharacterSet.whitespaces.contains(first), !CharacterSet.whitespaces.contains(last)
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }
}
