/// Finds direct and indirect quotes and attributes them to speakers.
///
/// Pure and deterministic: the same text, tokens, sentences and entities give the same quotes.
/// Entities (from `EntityRecognizer`) name the speakers; without them, speakers are the words
/// of the reporting clause.
public enum QuoteExtractor {
    /// Quotes in `text`, in text order.
    ///
    /// - Parameters:
    ///   - tokens: tokens of `text` with scalar offsets.
    ///   - sentences: sentence spans over `tokens`.
    ///   - entities: entity mentions of `text` (any order).
    ///   - language: ISO code ("de", "en", …); decides indirect-speech rules.
    public static func extract(
        text: String, tokens: [Token], sentences: [Sentence], entities: [EntityMention], language: String
    ) -> [Quote] {
        extract(text: text, scalars: nil, tokens: tokens, sentences: sentences, entities: entities, language: language)
    }

    /// The same, with the scalars of `text` when the caller has them already.
    static func extract(
        text: String, scalars: [Unicode.Scalar]?, tokens: [Token], sentences: [Sentence], entities: [EntityMention], language: String
    ) -> [Quote] {
        let context = QuoteContext(
            scalars: scalars ?? text.scalarArray, tokens: tokens, sentences: sentences,
            entities: entities.sorted { $0.start < $1.start }, german: EntityLanguage(code: language) == .german)
        let direct = context.directQuotes()
        let indirect = context.indirectQuotes(avoiding: direct)
        return (direct + indirect).sorted { $0.start < $1.start }
    }
}
