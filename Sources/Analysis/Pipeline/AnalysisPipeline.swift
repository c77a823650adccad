/// The one entry point of the analysis: clean → language → tokens → sentences → keyphrases →
/// entities → quotes.
///
/// Pure and deterministic (bundled resources are loaded once, on first use); safe to call from
/// many tasks at once. A timing hook, when given, receives the duration of each stage — for
/// benchmarks; the result does not depend on it.
public enum AnalysisPipeline {
    /// Bumped whenever a change alters results, so stored analyses can be recomputed.
    public static let version = 2

    /// Called with each stage and how long it took.
    public typealias TimingHook = (AnalysisStage, Duration) -> Void

    /// Analyses one item.
    public static func analyze(_ input: AnalysisInput, context: AnalysisContext = .empty, timing: TimingHook? = nil) -> AnalysisResult {
        let clean = measure(.clean, timing) {
            ArticleCleaner.clean(text: input.text, title: input.title, declaredAuthor: input.author)
        }
        let scalars = clean.body.scalarArray
        let language = measure(.language, timing) {
            LanguageIdentifier.identify(scalars: scalars, declared: input.declaredLanguage, model: .bundled)
        }
        let tokens = measure(.tokens, timing) { Tokenizer.tokenize(scalars: scalars) }
        let sentences = measure(.sentences, timing) { SentenceSplitter.split(scalars: scalars, tokens: tokens) }
        let keyphrases = measure(.keyphrases, timing) {
            let (keyTokens, keySentences) = withTitle(input.title, tokens: tokens, sentences: sentences)
            return KeyphraseExtractor.extract(
                text: clean.body, tokens: keyTokens, sentences: keySentences, language: language.language,
                documentFrequency: context.documentFrequency, documentCount: context.documentCount,
                limit: context.keyphraseLimit)
        }
        let entities = measure(.entities, timing) {
            EntityRecognizer.shared.recognize(
                text: clean.body, scalars: scalars, tokens: tokens, sentences: sentences, language: language.language)
        }
        let quotes = measure(.quotes, timing) {
            QuoteExtractor.extract(
                text: clean.body, scalars: scalars, tokens: tokens, sentences: sentences, entities: entities, language: language.language)
        }
        return AnalysisResult(
            id: input.id, language: language.language, languageConfidence: (language.confidence * 1000).rounded() / 1000,
            metadata: clean.metadata, keyphrases: keyphrases, sentences: sentences, tokens: tokens, entities: entities,
            quotes: quotes, cleanBody: clean.body)
    }

    /// The title's tokens and sentences put before the body's, so that keyphrases see the title
    /// as the first sentence (token offsets of the title part refer to the title).
    static func withTitle(_ title: String?, tokens: [Token], sentences: [Sentence]) -> ([Token], [Sentence]) {
        guard let title, !title.isEmpty else { return (tokens, sentences) }
        let titleTokens = Tokenizer.tokenize(title)
        guard !titleTokens.isEmpty else { return (tokens, sentences) }
        let shift = titleTokens.count
        let titleSentence = Sentence(start: 0, end: titleTokens[shift - 1].end, tokens: 0..<shift)
        let shifted = sentences.map { Sentence(start: $0.start, end: $0.end, tokens: ($0.tokens.lowerBound + shift)..<($0.tokens.upperBound + shift)) }
        return (titleTokens + tokens, [titleSentence] + shifted)
    }

    /// Runs `work`, reporting its duration to `timing` when there is a hook.
    @inline(__always)
    static func measure<T>(_ stage: AnalysisStage, _ timing: TimingHook?, _ work: () -> T) -> T {
        guard let timing else { return work() }
        let clock = ContinuousClock()
        let start = clock.now
        let value = work()
        timing(stage, clock.now - start)
        return value
    }
}
