import Foundation

extension EntityResolver {
    /// Names inside hyphen compounds no tagged span covers: "Ukraine-Krieg", "Putin-Verbündeter".
    func parts(of tokens: [Token], excluding raw: [RawMention], known: [NameSpan], scalars: [Unicode.Scalar]? = nil) -> [NameSpan] {
        let covered = Set(raw.flatMap { Array($0.tokens) })
        let knownKinds = Dictionary(known.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var result: [NameSpan] = []
        for (index, token) in tokens.enumerated() where Self.hasHyphen(token, scalars) && !covered.contains(index) {
            for piece in Self.hyphenParts(token).dropLast() {
                let name = piece.text
                if let entry = gazetteer.lookup(name[...]) ?? Gazetteer.genitiveStem(name).flatMap(gazetteer.lookup) {
                    result.append(NameSpan(words: [name], start: piece.start, end: piece.end, kind: entry.kind))
                } else if let kind = knownKinds[name] {
                    result.append(NameSpan(words: [name], start: piece.start, end: piece.end, kind: kind))
                }
            }
        }
        return result
    }

    /// Whether the token's text holds "-", read from the text's scalars when given.
    @inline(__always)
    static func hasHyphen(_ token: Token, _ scalars: [Unicode.Scalar]?) -> Bool {
        if let scalars, token.start >= 0, token.start <= token.end, token.end <= scalars.count {
            for k in token.start..<token.end where scalars[k] == "-" { return true }
            return false
        }
        return token.text.utf8.contains(UInt8(ascii: "-"))
    }

    /// Bare repeats of a name the document already has, which the tagger missed elsewhere:
    /// "Lukaschenko" (or "Lukaschenkos") when "Alexander Lukaschenko" is tagged once.
    func repeats(of names: [NameSpan], tokens: [Token]) -> [NameSpan] {
        var kinds: [String: EntityKind] = [:]
        for span in names {
            guard let word = span.kind == .person ? span.words.last : (span.words.count == 1 ? span.words.first : nil),
                word.count > 2, FeatureHash.startsUppercase(word) else { continue }
            if kinds[word] == nil { kinds[word] = span.kind }
        }
        guard !kinds.isEmpty else { return [] }
        let filter = AsciiKeyFilter(kinds.keys)
        var result: [NameSpan] = []
        for token in tokens where token.kind == .word && FeatureHash.startsUppercase(token.text) {
            if filter?.excludes(token.text) == true { continue }
            let word = kinds[token.text] != nil ? token.text : Gazetteer.genitiveStem(token.text).map(String.init) ?? ""
            guard let kind = kinds[word], !names.contains(where: { $0.start < token.end && token.start < $0.end }) else { continue }
            result.append(NameSpan(words: [word], start: token.start, end: token.end, kind: kind))
        }
        return result
    }

    /// Surname → the longest full personal name in the document.
    func longestNames(_ names: [NameSpan]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for span in names where span.kind == .person && gazetteer.lookup(span.name[...]) == nil {
            guard let last = span.words.last else { continue }
            if span.words.count > (result[last]?.count ?? 0) { result[last] = span.words }
            if span.words.count == 2, Self.eastAsianFamilyNames.contains(span.words[0]), result[span.words[0]] == nil {
                result[span.words[0]] = span.words
            }
        }
        return result
    }

    /// The final mention: gazetteer identity first, then surname joining for people.
    func mention(_ span: NameSpan, scalars: [Unicode.Scalar], fullNames: [String: [String]]) -> EntityMention {
        let surface = Self.string(scalars[span.start..<min(span.end, scalars.count)])
        var span = span
        if span.kind != .person, gazetteer.lookup(span.name[...]) == nil, span.words.count > 1, span.words[0] == "The" {
            span.words.removeFirst()
        }
        if let entry = gazetteer.lookup(span.name[...]) {
            return EntityMention(text: surface, start: span.start, end: span.end, kind: entry.kind,
                                 canonical: entry.name(in: language), key: entry.kindKey)
        }
        if span.kind == .person, let last = span.words.last {
            let full = fullNames[last] ?? span.words
            return EntityMention(text: surface, start: span.start, end: span.end, kind: .person,
                                 canonical: full.joined(separator: " "), key: "PER:" + Self.fold(personKey(full)))
        }
        return EntityMention(text: surface, start: span.start, end: span.end, kind: span.kind,
                             canonical: span.name, key: span.kind.rawValue + ":" + Self.fold(span.name))
    }

    /// The text of some scalars (one UTF-8 build, shared with the tokenizer).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        Tokenizer.string(scalars)
    }

    /// The surname, except for East Asian names written family name first ("Xi Jinping").
    func personKey(_ words: [String]) -> String {
        guard words.count == 2, Self.eastAsianFamilyNames.contains(words[0]) else { return words.last ?? "" }
        return words.joined(separator: " ")
    }

    static let eastAsianFamilyNames: Set<String> = [
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Qin", "Hua", "Hu", "Wen",
        "Kim", "Park", "Moon", "Yoon", "Lee", "Deng", "Mao", "Jiang", "Zhu", "Guo", "Ma", "Sun", "Lin", "He", "Gao",
    ]

    /// Lowercase, no diacritics, spaces as hyphens: "Weißrussland" → "weissrussland".
    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: white space is U+0009–U+000D and U+0020, lowering is A–Z + 32, no accents.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if bytes.last != 0x2D { bytes.append(0x2D) }
                    continue
                }
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace {
                if result.last != "-" { result.append("-") }
                continue
            }
            let lower = Unicode.Scalar(FeatureHash.lower(scalar.value)) ?? scalar
            if let plain = plainLetters[lower] { result.append(contentsOf: plain.unicodeScalars) } else { result.append(lower) }
        }
        return String(result)
    }

    /// Accented Latin letters → plain ones, "ß" → "ss" (what keys are spelled with).
    static let plainLetters: [Unicode.Scalar: String] = {
        let groups = [
            "a": "àáâãäåāăą", "c": "çćčĉ", "d": "ďđ", "e": "èéêëēěęė", "g": "ğĝ", "i": "ìíîïīı", "l": "łľĺ", "n": "ñńň",
            "o": "òóôõöøőō", "r": "řŕ", "s": "śšşș", "t": "ťţț", "u": "ùúûüůűū", "y": "ýÿ", "z": "źżž", "ss": "ß",
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (plain, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = plain } }
        return table
    }()
}

/// A cheap, exact "certainly not a key" test for ASCII words against a few String keys, before
/// `Dictionary` look-ups of the word or its genitive stem. A String equals an ASCII word only if
/// it has the same bytes, unless it holds a scalar canonically equal to an ASCII one (U+212A
/// KELVIN SIGN, U+037E, U+1FEF): with such a key there is no filter.
struct AsciiKeyFilter {
    private var hashes = HashSet64()

    init?<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys {
            if key.unicodeScalars.contains(where: { $0.value == 0x212A || $0.value == 0x37E || $0.value == 0x1FEF }) { return nil }
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            var hash = FeatureHash.seed
            for byte in key.utf8 { hash = FeatureHash.add(hash, UInt32(byte)) }
            hashes.insert(hash)
        }
    }

    /// True when neither `word` nor `word` less one or two final bytes (its genitive stems) is
    /// a key; false when one may be, or when the word is not plain ASCII.
    func excludes(_ word: String) -> Bool {
        var hash = FeatureHash.seed, minusOne = FeatureHash.seed, minusTwo = FeatureHash.seed
        var count = 0, lastByte: UInt8 = 0
        for byte in word.utf8 {
            guard byte < 0x80, byte != 0x0D else { return false }
            minusTwo = minusOne
            minusOne = hash
            hash = FeatureHash.add(hash, UInt32(byte))
            count += 1
            lastByte = byte
        }
        if hashes.contains(hash) { return false }
        if lastByte == UInt8(ascii: "s") {
            if count >= 1, hashes.contains(minusOne) { return false }
            if count >= 2, hashes.contains(minusTwo) { return false }
        }
        return true
    }
}
