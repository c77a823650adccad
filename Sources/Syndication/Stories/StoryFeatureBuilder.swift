import Analysis
import FeedModel

/// Builds the `StoryFeatures` of an item from its analysis: entity and keyphrase keys as the NER
/// and keyphrase extractor gave them, and the frequencies of content stems (title stems twice).
public struct StoryFeatureBuilder: Sendable {
    public var settings: SyndicationSettings

    public init(settings: SyndicationSettings = SyndicationSettings()) {
        self.settings = settings
    }

    /// The features of one analysed item.
    public func features(title: String?, analysis: ItemAnalysis) -> StoryFeatures {
        features(title: title, analysis: analysis, body: nil)
    }

    /// The same, with the tokens of `analysis.cleanText` when the caller has them (nil: tokenised here).
    public func features(title: String?, analysis: ItemAnalysis, body: TokenizedText?) -> StoryFeatures {
        StoryFeatures(
            entityKeys: Array(Set(analysis.entities.map(\.canonicalKey))).sorted(),
            keyphraseKeys: Array(Set(analysis.keyphrases.map(\.key))).sorted(),
            stems: stems(title: title, body: body?.tokens ?? Tokenizer.tokenize(analysis.cleanText), language: analysis.language))
    }

    /// Stem frequencies of content words (see `isContent`) of the title and the body's tokens, the
    /// `stemLimit` most frequent.
    func stems(title: String?, body: [Token], language: String) -> [String: Double] {
        var stemmer = CachedStemmer(language: language)
        var counts: [String: Double] = [:]
        for (tokens, weight) in [(Tokenizer.tokenize(title ?? ""), 2.0), (body, 1.0)] {
            for token in tokens where Self.isContent(token) {
                let word = token.text.lowercased()
                counts[token.kind == .number ? word : stemmer.stem(word), default: 0] += weight
            }
        }
        let kept = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(settings.stemLimit)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    /// Whether a token carries content without a stopword list: a capitalised word (German nouns,
    /// names everywhere), a long word, or a number of two or more characters ("9,80", "480").
    static func isContent(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return characterCount(token.text, atLeast: 2)
        case .word:
            guard characterCount(token.text, atLeast: 3) else { return false }
            let first = token.text.utf8.first ?? 0
            // ASCII: decided on the byte (Character's properties cost a table lookup per call).
            let upper = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : token.text.first?.isUppercase == true
            return upper || characterCount(token.text, atLeast: 6)
        default: return false
        }
    }

    /// `text.count >= n`, counting characters (grapheme clusters) only when the bytes cannot
    /// decide: every character takes at least one byte, and an ASCII letter or digit is one.
    static func characterCount(_ text: String, atLeast n: Int) -> Bool {
        let utf8 = text.utf8
        if utf8.count < n { return false }
        if !utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return true }
        return text.count >= n
    }
}
