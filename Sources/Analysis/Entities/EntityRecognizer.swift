import Foundation

/// Finds people, organisations, places and other names in tokenised text and resolves them.
///
/// Models load once per language on first use (`EntityRecognizer.shared` reads them from the
/// bundle); recognition itself is pure and may run on any thread.
public final class EntityRecognizer: @unchecked Sendable {
    public typealias Loader = @Sendable (EntityLanguage) -> NERModel?

    private let loader: Loader
    private let lock = NSLock()
    private var models: [EntityLanguage: NERModel] = [:]

    /// A recognizer whose models come from `loader`, called at most once per language.
    public init(loader: @escaping Loader) {
        self.loader = loader
    }

    /// The model for `language`, loading it on first use; nil when none is available.
    public func model(for language: EntityLanguage) -> NERModel? {
        lock.lock()
        defer { lock.unlock() }
        if let model = models[language] { return model }
        let model = loader(language)
        models[language] = model
        return model
    }

    /// Entity mentions in `text`, in text order, with canonical names and keys.
    ///
    /// - Parameters:
    ///   - tokens: the tokens of `text` (scalar offsets), e.g. from `Tokenizer.tokenize`.
    ///   - sentences: sentence spans over `tokens`; tagging runs per sentence.
    ///   - language: ISO code; "de…" uses the German model, anything else the English one.
    ///   - compoundParts: also report names inside hyphen compounds ("Ukraine" in "Ukraine-Krieg").
    public func recognize(
        text: String, tokens: [Token], sentences: [Sentence], language: String, compoundParts: Bool = true
    ) -> [EntityMention] {
        let lang = EntityLanguage(code: language)
        guard let model = model(for: lang) else { return [] }
        var raw: [RawMention] = []
        for sentence in sentences where !sentence.tokens.isEmpty {
            let tags = model.tag(tokens[sentence.tokens])
            for (range, kind) in NEREvaluation.spans(tags) {
                let shifted = (range.lowerBound + sentence.tokens.lowerBound)..<(range.upperBound + sentence.tokens.lowerBound)
                raw.append(RawMention(tokens: shifted, kind: kind))
            }
        }
        let resolver = EntityResolver(gazetteer: model.gazetteer, language: lang)
        return resolver.resolve(raw, text: text, tokens: tokens, compoundParts: compoundParts)
    }
}

/// A tagged token span before resolution.
public struct RawMention: Sendable, Hashable {
    public var tokens: Range<Int>
    public var kind: EntityKind

    public init(tokens: Range<Int>, kind: EntityKind) {
        self.tokens = tokens
        self.kind = kind
    }
}
