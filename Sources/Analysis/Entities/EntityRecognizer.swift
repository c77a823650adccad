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
        recognize(text: text, scalars: nil, tokens: tokens, sentences: sentences, language: language, compoundParts: compoundParts)
    }

    /// The same, with the scalars of `text` when the caller has them already.
    func recognize(
        text: String, scalars: [Unicode.Scalar]?, tokens: [Token], sentences: [Sentence], language: String, compoundParts: Bool = true
    ) -> [EntityMention] {
        let lang = EntityLanguage(code: language)
        guard let model = model(for: lang) else { return [] }
        var raw: [RawMention] = []
        for sentence in sentences where !sentence.tokens.isEmpty {
            let slice = tokens[sentence.tokens]
            let (tags, listed, lower) = model.analyse(slice)
            let tagged = NEREvaluation.spans(tags).map { RawMention(tokens: $0.0, kind: $0.1) }
            let merged = Self.merge(tagged, listed, model: model, tokens: slice, lower: lower, shrink: lang == .german)
            for mention in merged where lang != .german || !Self.isCommonOpener(mention, model: model, lower: lower) {
                let base = sentence.tokens.lowerBound
                raw.append(RawMention(tokens: (mention.tokens.lowerBound + base)..<(mention.tokens.upperBound + base), kind: mention.kind))
            }
        }
        let resolver = EntityResolver(gazetteer: model.gazetteer, language: lang)
        let starts = Set(sentences.map(\.tokens.lowerBound))
        return resolver.resolve(raw, scalars: scalars ?? text.scalarArray, tokens: tokens, compoundParts: compoundParts, sentenceStarts: starts)
    }
}

extension EntityRecognizer {
    /// Tagged spans plus unambiguous capitalised gazetteer names the tagger missed; a tagged span
    /// lying inside a longer gazetteer name ("Vereinten" in "Vereinten Nationen") grows to it.
    /// In German (`shrink`), a span of common words ending in a listed genitive ("Rolle Chinas")
    /// shrinks to the name; English names often start with common words ("Gulf of Mexico").
    static func merge(
        _ tagged: [RawMention], _ listed: [GazetteerMatch], model: NERModel, tokens: ArraySlice<Token>, lower: [UInt64],
        shrink: Bool = true
    ) -> [RawMention] {
        var result = tagged
        for match in listed where match.caseFits && !match.ambiguous {
            let kind = model.gazetteer.entries[match.entry].kind
            let overlapping = result.indices.filter { result[$0].tokens.overlaps(match.tokens) }
            if overlapping.count == 1, let host = overlapping.first, result[host].tokens.upperBound == match.tokens.upperBound,
                !shrink && result[host].tokens.lowerBound < match.tokens.lowerBound {
                continue
            } else if overlapping.count == 1, let host = overlapping.first, result[host].tokens.upperBound == match.tokens.upperBound,
                result[host].tokens.lowerBound < match.tokens.lowerBound,
                (result[host].tokens.lowerBound..<match.tokens.lowerBound).allSatisfy({
                    model.vocabulary.contains(lower[$0])
                }) {
                result[host] = RawMention(tokens: match.tokens, kind: kind)
            } else if overlapping.isEmpty {
                result.append(RawMention(tokens: match.tokens, kind: kind))
            } else if overlapping.allSatisfy({ match.tokens.contains(result[$0].tokens.lowerBound) && result[$0].tokens.upperBound <= match.tokens.upperBound }),
                match.tokens.count > 1 {
                result.removeAll { $0.tokens.overlaps(match.tokens) }
                result.append(RawMention(tokens: match.tokens, kind: kind))
            }
        }
        return personsByGivenName(result, model: model, tokens: tokens, lower: lower).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A known given name followed by a capitalised word is a person ("Boris Pistorius"),
    /// whatever the tagger made of it.
    static func personsByGivenName(_ mentions: [RawMention], model: NERModel, tokens: ArraySlice<Token>, lower: [UInt64]) -> [RawMention] {
        var result = mentions
        let base = tokens.startIndex
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            let given = tokens[base + i], next = tokens[base + i + 1]
            guard model.gazetteer.firstNames.contains(lower[i]), Self.isCapitalizedWord(given), Self.isCapitalizedWord(next),
                !EntityRoles.isRole(next.text)
            else { continue }
            let span = i..<(i + 2)
            guard !result.contains(where: { $0.kind == .person && $0.tokens.contains(i) && $0.tokens.contains(i + 1) }),
                !result.contains(where: { $0.tokens.overlaps(span) && $0.tokens.upperBound > i + 2 })
            else { continue }
            result.removeAll { $0.tokens.overlaps(span) }
            result.append(RawMention(tokens: span, kind: .person))
        }
        return result
    }

    /// A lone common word opening a German sentence ("Manager …", "Yachten …" in headlines) is no person.
    static func isCommonOpener(_ mention: RawMention, model: NERModel, lower: [UInt64]) -> Bool {
        mention.kind == .person && mention.tokens == 0..<1 && model.vocabulary.contains(lower[0])
            && !model.gazetteer.firstNames.contains(lower[0])
    }

    private static func isCapitalizedWord(_ token: Token) -> Bool {
        token.kind == .word && FeatureHash.startsUppercase(token.text)
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
