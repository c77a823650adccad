import Foundation

/// Generic nouns of news text ("Jahr", "Bedeutung", "Besuch"; "year", "issue"), as keyphrase
/// keys (lower-cased stems). A one-word keyphrase made of one scores `factor` times less: a
/// cold-start prior that works before the store has document frequencies to say the same.
enum GenericNouns {
    /// The score multiplier of a generic one-word keyphrase.
    static let factor = 0.5

    static let german = load("de")
    static let english = load("en")

    /// The generic keys of `language`; empty for a language without a list.
    static func keys(for language: String) -> Set<String> {
        switch language {
        case "de": return german
        case "en": return english
        default: return []
        }
    }

    static func load(_ language: String) -> Set<String> {
        guard let url = Bundle.module.url(forResource: "generic-nouns-\(language)", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "generic-nouns-\(language)", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let stemmer = Stemmer(language: language)
        else { return [] }
        var keys = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            keys.insert(stemmer.stem(TermTable.lowered(String(line))))
        }
        return keys
    }
}
