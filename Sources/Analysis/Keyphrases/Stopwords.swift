import Foundation

/// Stopword lists of the keyphrase extractor, loaded once from the bundled
/// `stopwords-<lang>.txt` files (German and English; other languages fall back on the
/// function words of the language-identification model).
enum Stopwords {
    static let german = load("de")
    static let english = load("en")
    static let others: [String: Set<String>] = {
        var byLanguage: [String: Set<String>] = [:]
        let model = LanguageModel.bundled
        for (word, bits) in model.stopwords {
            for (column, code) in model.languages.enumerated() where bits & (1 << UInt32(column)) != 0 {
                byLanguage[code, default: []].insert(word)
            }
        }
        return byLanguage
    }()

    /// The stopwords of `language` (lower case); empty for a language without a list.
    static func set(for language: String) -> Set<String> {
        switch language {
        case "de": return german
        case "en": return english
        default: return others[language] ?? []
        }
    }

    static func load(_ language: String) -> Set<String> {
        guard let url = Bundle.module.url(forResource: "stopwords-\(language)", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "stopwords-\(language)", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        var words = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            words.insert(line.trimmingCharacters(in: .whitespaces))
        }
        return words
    }
}
