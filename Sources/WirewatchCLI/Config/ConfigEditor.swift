import Foundation

/// Edits the `[[feed]]` list of a configuration file in place, keeping every comment and the
/// rest of the file as written.
struct ConfigEditor {
    var text: String

    /// Appends a `[[feed]]` table.
    mutating func addFeed(url: String, title: String?, tags: [String], interval: String?) {
        var block = ["", "[[feed]]", "url = \(Self.quote(url))"]
        if let title { block.append("title = \(Self.quote(title))") }
        if !tags.isEmpty { block.append("tags = [\(tags.map(Self.quote).joined(separator: ", "))]") }
        if let interval { block.append("interval = \(Self.quote(interval))") }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += block.joined(separator: "\n") + "\n"
    }

    /// Removes the `[[feed]]` table whose url is `url` (as written, or as resolved by `matches`).
    /// Returns false when no table matched.
    mutating func removeFeed(where matches: (String) -> Bool) -> Bool {
        var lines = text.components(separatedBy: "\n")
        let starts = lines.indices.filter { Self.isHeader(lines[$0]) }
        for (n, start) in starts.enumerated() where lines[start].trimmingCharacters(in: .whitespaces).hasPrefix("[[feed]]") {
            let end = n + 1 < starts.count ? starts[n + 1] : lines.count
            let url = lines[start..<end].lazy.compactMap(Self.urlValue).first
            guard let url, matches(url) else { continue }
            var cut = start
            while cut > 0, lines[cut - 1].trimmingCharacters(in: .whitespaces).isEmpty { cut -= 1 }
            lines.removeSubrange(cut..<Self.trimTrailingComments(lines, from: start, to: end))
            text = lines.joined(separator: "\n")
            return true
        }
        return false
    }

    static func quote(_ s: String) -> String {
        var escaped = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 { escaped += String(format: "\\u%04X", scalar.value) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return "\"\(escaped)\""
    }

    private static func isHeader(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix("[")
    }

    /// Comment lines right before the next table belong to that table, not to the removed one.
    private static func trimTrailingComments(_ lines: [String], from start: Int, to end: Int) -> Int {
        var stop = end
        while stop > start + 1 {
            let line = lines[stop - 1].trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("#") || line.isEmpty else { break }
            stop -= 1
        }
        return stop
    }

    private static func urlValue(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("url"), let eq = trimmed.firstIndex(of: "=") else { return nil }
        guard trimmed[..<eq].trimmingCharacters(in: .whitespaces) == "url" else { return nil }
        var value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
        return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }
}
