import FeedModel

/// Reads RSS author strings: "mail@example.com (Name)", "Name <mail@example.com>", "mail", "Name".
enum PersonParser {
    static func parse(_ raw: String) -> Person {
        // Most values arrive trimmed and without "@": no Foundation trimming, no Character scan.
        let plainEdges = raw.utf8.first.map { $0 > 0x20 && $0 < 0x80 } ?? true && raw.utf8.last.map { $0 > 0x20 && $0 < 0x80 } ?? true
        let s = plainEdges ? raw : raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard s.utf8.contains(UInt8(ascii: "@")), let at = s.firstIndex(of: "@") else { return Person(name: s) }
        if let open = s.firstIndex(of: "("), s.hasSuffix(")"), open > at {
            let email = s[..<open].trimmingCharacters(in: .whitespaces)
            let name = s[s.index(after: open)..<s.index(before: s.endIndex)].trimmingCharacters(in: .whitespaces)
            return Person(name: name.isEmpty ? nil : name, email: email)
        }
        if let lt = s.firstIndex(of: "<"), s.hasSuffix(">"), lt < at {
            let name = s[..<lt].trimmingCharacters(in: .whitespaces)
            let email = s[s.index(after: lt)..<s.index(before: s.endIndex)].trimmingCharacters(in: .whitespaces)
            return Person(name: name.isEmpty ? nil : name, email: email)
        }
        let token = s.split(separator: " ").first { $0.contains("@") }.map(String.init) ?? s
        let email = token.trimmingCharacters(in: CharacterSet(charactersIn: "<>()[],;"))
        let rest = s.replacingOccurrences(of: token, with: "").trimmingCharacters(in: CharacterSet(charactersIn: " ()<>"))
        return Person(name: rest.isEmpty ? nil : rest, email: email)
    }
}

import Foundation
