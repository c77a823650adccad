/// The text of one document seen as tokens, sentences and entities, with look-up helpers.
struct QuoteContext {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    let entities: [EntityMention]
    let german: Bool
    /// Lowercased token texts.
    let words: [String]
    /// Per token, the `QuoteLexicon` lists its lowercased text is in (`QuoteLexicon.Flag` bits).
    let flags: [UInt8]

    init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence], entities: [EntityMention], german: Bool) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.german = german
        words = tokens.map(Self.lowercased)
        flags = words.map(QuoteLexicon.flags(of:))
    }

    /// Whether token `i`'s lowercased text is in the lists of `flag`.
    @inline(__always)
    func has(_ i: Int, _ flag: UInt8) -> Bool { flags[i] & flag != 0 }

    /// `text` lowercased, without allocating when it already is (ASCII lowercase, digits, marks).
    static func lowercased(_ token: Token) -> String {
        token.text.utf8.allSatisfy { $0 < 65 || $0 > 90 && $0 < 0x80 } ? token.text : latinLowercased(token.text) ?? token.text.lowercased()
    }

    /// `lowercased()` of a text of Latin-1 scalars, where it maps scalar by scalar; nil for others.
    /// Works on the UTF-8 bytes: lowering keeps every Latin-1 scalar's UTF-8 length ("A"–"Z" +
    /// 32; U+00C0–U+00DE but U+00D7, as C3 80–C3 9E, + 32 in the second byte).
    static func latinLowercased(_ text: String) -> String? {
        let utf8 = text.utf8
        for byte in utf8 where byte >= 0xC4 { return nil }  // a lead byte above U+00FF
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0, afterC3 = false
            for byte in utf8 {
                var out = byte
                if byte >= 65 && byte <= 90 {
                    out = byte + 32
                } else if afterC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                    out = byte + 32
                }
                afterC3 = byte == 0xC3
                buffer[n] = out
                n += 1
            }
            return n
        }
    }

    /// Lowercased text of token `i`.
    func word(_ i: Int) -> String { words[i] }

    /// Whether token `i` is a reporting verb.
    func isReporting(_ i: Int) -> Bool { has(i, QuoteLexicon.Flag.reporting) }

    /// The text of a scalar range.
    func string(_ range: Range<Int>) -> String {
        EntityResolver.string(scalars[max(0, range.lowerBound)..<min(range.upperBound, scalars.count)])
    }

    /// Index of the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the sentence holding token `i`, if any.
    func sentence(of i: Int) -> Int? {
        sentences.firstIndex { $0.tokens.contains(i) }
    }

    /// Whether token `i` ends a sentence or stands as a quote mark.
    func isBoundary(_ i: Int) -> Bool {
        let text = tokens[i].text
        return text == "." || text == "!" || text == "?" || QuoteContext.quoteMarks.contains(text)
    }

    static let quoteMarks: Set<String> = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "‹", "›"]

    /// Entity mentions whose span lies inside the tokens `range`.
    func entities(in range: Range<Int>, kind: EntityKind? = nil) -> [EntityMention] {
        guard !range.isEmpty else { return [] }
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        return entities.filter { $0.start >= start && $0.end <= end && (kind == nil || $0.kind == kind) }
    }

    /// The scalar span of tokens `range`, trimmed of trailing punctuation.
    func span(of range: Range<Int>) -> Range<Int>? {
        var upper = range.upperBound
        while upper > range.lowerBound, tokens[upper - 1].kind == .punctuation { upper -= 1 }
        guard upper > range.lowerBound else { return nil }
        return tokens[range.lowerBound].start..<tokens[upper - 1].end
    }
}
