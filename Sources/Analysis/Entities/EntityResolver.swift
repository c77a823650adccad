import Foundation

/// Turns tagged spans into mentions with canonical names and cross-document keys.
///
/// Within a document it removes titles and roles ("Präsident", "Kreml-Chef", "Mr"), folds
/// genitives ("Putins" → "Putin"), cuts names out of compounds ("Lukaschenko-Truppen"), maps
/// aliases and exonyms through the gazetteer ("Peking" = "Beijing" → "LOC:beijing"), and joins
/// surname-only mentions to the full name used elsewhere ("Lukaschenko" → "Alexander Lukaschenko").
public struct EntityResolver: Sendable {
    public let gazetteer: Gazetteer
    public let language: EntityLanguage

    public init(gazetteer: Gazetteer, language: EntityLanguage) {
        self.gazetteer = gazetteer
        self.language = language
    }

    /// Resolves `raw` spans over `tokens` of `text`; adds compound parts when asked.
    public func resolve(_ raw: [RawMention], text: String, tokens: [Token], compoundParts: Bool) -> [EntityMention] {
        resolve(raw, scalars: text.scalarArray, tokens: tokens, compoundParts: compoundParts)
    }

    /// The same over the scalars of the text; `sentenceStarts`: token indices where sentences
    /// begin (no name runs across them).
    func resolve(
        _ raw: [RawMention], scalars: [Unicode.Scalar], tokens: [Token], compoundParts: Bool, sentenceStarts: Set<Int> = []
    ) -> [EntityMention] {
        var names = Self.mergeAdjacentPeople(raw, sentenceStarts: sentenceStarts).compactMap { clean($0, tokens: tokens) }
        let known = Set(names.flatMap { $0.words.count == 1 ? $0.words : [$0.words.last!] })
        names = names.map { foldGenitive($0, known: known) }
        names += repeats(of: names, tokens: tokens)
        if compoundParts { names += parts(of: tokens, excluding: raw, known: names, scalars: scalars) }
        names.sort { $0.start < $1.start }
        let fullNames = longestNames(names)
        return names.map { mention($0, scalars: scalars, fullNames: fullNames) }
    }

    /// "Alexander" + "Lukaschenko" tagged as two people next to each other are one name (within
    /// a sentence: a signature's "Chris" and the next line's "Kathy" stay two).
    static func mergeAdjacentPeople(_ raw: [RawMention], sentenceStarts: Set<Int> = []) -> [RawMention] {
        var result: [RawMention] = []
        for mention in raw {
            if let last = result.last, last.kind == .person, mention.kind == .person, last.tokens.upperBound == mention.tokens.lowerBound,
                !sentenceStarts.contains(mention.tokens.lowerBound) {
                result[result.count - 1].tokens = last.tokens.lowerBound..<mention.tokens.upperBound
            } else {
                result.append(mention)
            }
        }
        return result
    }

    /// Drops leading roles, articles, lowercase words and punctuation, cuts a person's name at
    /// the first lowercase word ("Lukaschenko zu Besuch"), completes East Asian names ("Qin" +
    /// "Gang"), and trims a single compound token; nil when nothing name-like is left.
    func clean(_ raw: RawMention, tokens: [Token]) -> NameSpan? {
        var range = raw.tokens
        // A name written all in lowercase ("dpa", "n-tv", "taco bell"): the tagger's span as it is.
        if tokens[range].allSatisfy({ FeatureHash.startsLowercase($0.text) }) {
            let slice = tokens[range]
            return NameSpan(words: slice.map(\.text), start: slice.first!.start, end: slice.last!.end, kind: raw.kind)
        }
        // Roles and titles only lead persons' names ("General Motors", "Kanzleramt" stay whole).
        // Name particles the tagger put first stay ("von der Leyen", "al - Qaida", "bin Laden"), and
        // so does a given name written in lowercase ("samantha Fox").
        while range.count > 1, Self.isDescriptor(tokens[range.lowerBound].text, roles: raw.kind == .person)
            || tokens[range.lowerBound].text.unicodeScalars.first?.properties.isAlphabetic != true {
            let word = tokens[range.lowerBound].text
            if Self.leadingParticles.contains(word) && raw.kind != .location { break }
            // English names of places and organisations often open with "The" ("The Netherlands",
            // "The Creative Workshop"): the mention keeps it, the canonical name does not (`mention`).
            if word == "The" && raw.kind != .person && language == .english { break }
            if raw.kind == .person && FeatureHash.startsLowercase(word) && gazetteer.firstNames.contains(FeatureHash.lowercased(word[...]))
                && FeatureHash.startsUppercase(tokens[range.lowerBound + 1].text) { break }
            range = range.dropFirst()
        }
        while range.count > 1, tokens[range.upperBound - 1].kind == .punctuation { range = range.dropLast() }
        // English web text writes surnames in lowercase too ("Frank mcclelland"): the tagger's span stays.
        if raw.kind == .person { range = Self.personRange(range, tokens: tokens, cutAtLowercase: language != .english) }
        guard tokens[range].contains(where: { FeatureHash.startsUppercase($0.text) }) else { return nil }
        let slice = tokens[range]
        guard let first = slice.first, let last = slice.last else { return nil }
        if range.count == 1, first.text.utf8.contains(UInt8(ascii: "-")), let part = compoundName(first, kind: raw.kind) { return part }
        if range.count == 1, Self.isDescriptor(first.text) { return nil }
        return NameSpan(words: slice.map(\.text), start: first.start, end: last.end, kind: raw.kind)
    }

    /// Lowercase words that belong inside personal names.
    static let nameParticles: Set<String> = ["von", "van", "der", "de", "den", "del", "della", "di", "da", "du", "la", "le", "bin", "al", "ibn", "ter", "ten"]

    /// Particles that may open a name (not articles such as "der", "la").
    static let leadingParticles: Set<String> = ["von", "van", "de", "del", "della", "bin", "ibn", "al", "el", "abu", "ash", "az", "ad"]

    /// A name particle on its own ("von") or joined to the name by a hyphen ("al-Nuaimi").
    static func isParticle(_ word: String) -> Bool {
        if nameParticles.contains(word) { return true }
        guard let hyphen = word.firstIndex(of: "-"), hyphen != word.startIndex, word.index(after: hyphen) != word.endIndex else { return false }
        return nameParticles.contains(String(word[..<hyphen])) && FeatureHash.startsUppercase(String(word[word.index(after: hyphen)...]))
    }

    /// Cuts at the first lowercase non-particle (when `cutAtLowercase`); adds the given name after
    /// an East Asian family name.
    static func personRange(_ range: Range<Int>, tokens: [Token], cutAtLowercase: Bool = true) -> Range<Int> {
        var end = cutAtLowercase ? range.lowerBound + 1 : range.upperBound
        while end < range.upperBound, !FeatureHash.startsLowercase(tokens[end].text) || isParticle(tokens[end].text) { end += 1 }
        while end > range.lowerBound + 1, nameParticles.contains(tokens[end - 1].text) { end -= 1 }
        if end == range.lowerBound + 1, EntityResolver.eastAsianFamilyNames.contains(tokens[range.lowerBound].text),
            end < tokens.count, tokens[end].kind == .word, FeatureHash.startsUppercase(tokens[end].text), !tokens[end].text.utf8.contains(UInt8(ascii: "-")) {
            end += 1
        }
        return range.lowerBound..<end
    }

    /// A role or title (when `roles`), article or lowercase word in front of a name.
    static func isDescriptor(_ word: String, roles: Bool = true) -> Bool {
        guard !word.isEmpty else { return true }
        return FeatureHash.startsLowercase(word) || ["Der", "Die", "Das", "The"].contains(word) || roles && EntityRoles.isRole(word)
    }

    /// The name inside a hyphen compound: a known part, or the modifier before a generic head.
    func compoundName(_ token: Token, kind: EntityKind) -> NameSpan? {
        let pieces = Self.hyphenParts(token)
        if let known = pieces.first(where: { gazetteer.lookup($0.text[...]) != nil }) {
            return NameSpan(words: [known.text], start: known.start, end: known.end, kind: kind)
        }
        guard pieces.count > 1, let head = pieces.last,
            EntityRoles.compoundHeads.contains(head.text.lowercased()) || EntityRoles.isRole(head.text)
        else { return nil }
        let modifier = pieces.dropLast()
        // "Verdi-Chef", "SPD-Sprecher": the modifier of an office is an organisation, not a person.
        let office = EntityRoles.officeHeads.contains(head.text.lowercased())
        return NameSpan(words: [modifier.map(\.text).joined(separator: "-")], start: modifier.first!.start, end: modifier.last!.end,
                        kind: office && kind == .person ? .organization : kind)
    }

    /// The parts of a hyphenated token with their scalar spans.
    static func hyphenParts(_ token: Token) -> [(text: String, start: Int, end: Int)] {
        var result: [(String, Int, Int)] = []
        var offset = token.start
        for piece in token.text.split(separator: "-", omittingEmptySubsequences: false) {
            let length = piece.unicodeScalars.count
            if length > 0 { result.append((String(piece), offset, offset + length)) }
            offset += length + 1
        }
        return result
    }

    /// "Putins" → "Putin" when "Putin" is a known name or gazetteer entry.
    func foldGenitive(_ span: NameSpan, known: Set<String>) -> NameSpan {
        guard let last = span.words.last, gazetteer.lookup(span.name[...]) == nil,
            let stem = Gazetteer.genitiveStem(last)
        else { return span }
        var words = span.words
        words[words.count - 1] = String(stem)
        let stemmed = words.joined(separator: " ")
        guard known.contains(String(stem)) || gazetteer.lookup(stemmed[...]) != nil else { return span }
        var folded = span
        folded.words = words
        return folded
    }
}
