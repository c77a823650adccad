/// Stems lower-cased words through the process-wide cache (`StemCache`) that keyphrase
/// extraction fills, making a `Stemmer` only for the first word the cache lacks. One per call
/// site and task, like `Stemmer`.
public struct CachedStemmer {
    private let table: StemCache.Table
    private let language: String
    private var stemmer: Stemmer??

    public init(language: String) {
        self.language = language
        self.table = StemCache.shared.table(for: language)
    }

    /// The stem of a lower-cased word; the word itself when there is no stemmer for the language.
    public mutating func stem(_ word: String) -> String {
        if let known = table.stem(of: word) { return known }
        if stemmer == nil { stemmer = .some(Stemmer(language: language)) }
        let stem = stemmer!?.stem(word) ?? word
        table.insert(stem, for: word)
        return stem
    }
}
