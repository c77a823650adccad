/// Finds the line on which a key of a TOML document is written, so errors can name it.
///
/// Keys are addressed as "database", "fetch.timeout", "feed[2].url" (array-of-tables index from 0),
/// tables as "fetch" or "feed[2]".
///
/// Only errors need it, so the document is indexed on the first lookup, not when it is loaded.
final class TOMLLineIndex {
    private let text: String
    private lazy var lines: [String: Int] = Self.index(text)

    init(text: String) {
        self.text = text
    }

    /// The 1-based line of a key or table, or nil when it is not written in the file.
    func line(of path: String) -> Int? { lines[path] }

    private static func index(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        func record(_ path: String, _ line: Int) {
            if lines[path] == nil { lines[path] = line }
        }
        var table = ""
        var arrayCounts: [String: Int] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.headerName(line, brackets: 2)
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                table = "\(name)[\(index)]"
                record(table, number + 1)
            } else if line.hasPrefix("[") {
                table = Self.headerName(line, brackets: 1)
                record(table, number + 1)
            } else if let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                record(table.isEmpty ? key : "\(table).\(key)", number + 1)
            }
        }
        return lines
    }

    private static func headerName(_ line: String, brackets: Int) -> String {
        let closing = line.firstIndex(of: "]") ?? line.endIndex
        return line[line.index(line.startIndex, offsetBy: brackets)..<closing].trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
