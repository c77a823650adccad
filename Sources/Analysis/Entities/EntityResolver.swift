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
        let scalars = Array(text.unicodeScalars)
        var names = raw.compactMap { clean($0, tokens: tokens) }
        let known = Set(names.flatMap { $0.words.count == 1 ? $0.words : [$0.words.last!] })
        names = names.map { foldGenitive($0, known: known) }
        if compoundParts { names += parts(of: tokens, excluding: raw, known: names) }
        names.sort { $0.start < $1.start }
        let fullNames = longestNames(names)
        return names.map { mention($0, scalars: scalars, fullNames: fullNames) }
    }

    /// Drops leading roles, articles and lowercase words; trims a single compound token.
    func clean(_ raw: RawMention, tokens: [Token]) -> NameSpan? {
        var range = raw.tokens
        while range.count > 1, Self.isDescriptor(tokens[range.lowerBound].text) { range = range.dropFirst() }
        while range.count > 1, tokens[range.upperBound - 1].kind == .punctuation { range = range.dropLast() }
        let slice = tokens[range]
        guard let first = slice.first, let last = slice.last else { return nil }
        if range.count == 1, first.text.contains("-"), let part = compoundName(first, kind: raw.kind) { return part }
        if range.count == 1, Self.isDescriptor(first.text) { return nil }
        return NameSpan(words: slice.map(\.text), start: first.start, end: last.end, kind: raw.kind)
    }

    /// A role, title, article or lowercase word in front of a name.
    static func isDescriptor(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return true }
        return EntityRoles.isRole(word) || first.properties.isLowercase || ["Der", "Die", "Das", "The"].contains(word)
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
        return NameSpan(words: [modifier.map(\.text).joined(separator: "-")], start: modifier.first!.start, end: modifier.last!.end, kind: kind)
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
