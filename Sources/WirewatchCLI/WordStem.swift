/// A language-neutral stem prefix for search: the word lower-cased with common German and English
/// inflection endings removed (Lukaschenkos → lukaschenko, Ministerien → minister, talks → talk).
enum WordStem {
    static let endings = ["ern", "ens", "es", "en", "er", "em", "e", "s", "n"]

    static func prefix(_ word: String) -> String {
        let lower = word.lowercased()
        for ending in endings where lower.count - ending.count >= 4 && lower.hasSuffix(ending) {
            return String(lower.dropLast(ending.count))
        }
        return lower
    }
}
