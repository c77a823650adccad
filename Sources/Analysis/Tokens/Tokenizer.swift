/// Splits text into words, numbers, punctuation and symbols with exact Unicode-scalar offsets.
///
/// German- and English-aware: hyphenated compounds ("Ukraine-Krieg", "12-Punkte-Plan") and
/// apostrophes inside words ("don't") stay one token; decimal numbers ("3.5", "1.000,50") and
/// times ("10:30") are one number; dotted acronyms ("U.S.", "e.g.", "z.B.") keep their dots.
/// A full stop after a word or an ordinal ("28.") is a token of its own: the sentence splitter
/// decides what it means. Works on the scalar array with no regular expressions.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: text.scalarArray)
    }

    /// The tokens of a text already decoded to scalars (offsets index `scalars`).
    public static func tokenize(scalars s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        while i < s.count {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
            } else if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) {
                let end = acronymEnd(s, from: i) ?? wordEnd(s, from: i)
                tokens.append(make(s, i, end, kind: wordKind(s, i, end)))
                i = end
            } else {
                let end = punctuationEnd(s, from: i)
                tokens.append(make(s, i, end, kind: symbolKind(c)))
                i = end
            }
        }
        return tokens
    }

    /// The end of a word or number starting at `start`.
    static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let c = s[i]
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || ScalarClass.isMark(c) {
                i += 1
            } else if i + 1 < s.count, joins(s, at: i) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// Whether the scalar at `i` (not a letter or digit) joins the parts around it into one token.
    static func joins(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let c = s[i], prev = s[i - 1], next = s[i + 1]
        let nextAlnum = ScalarClass.isLetter(next) || ScalarClass.isDigit(next)
        if ScalarClass.isHyphen(c) { return nextAlnum && !ScalarClass.isSpace(prev) }
        if ScalarClass.isApostrophe(c) { return ScalarClass.isLetter(prev) && ScalarClass.isLetter(next) }
        if c == "." || c == "," || c == ":" {
            return ScalarClass.isDigit(prev) && ScalarClass.isDigit(next)
        }
        return false
    }

    /// The end of a dotted acronym ("U.S.", "e.g.", "z.B.") starting at `start`, if there is one.
    static func acronymEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        var letters = 0
        while i + 1 < s.count, ScalarClass.isLetter(s[i]), s[i + 1] == "." {
            letters += 1
            i += 2
        }
        guard letters >= 2 else { return nil }
        if i < s.count, ScalarClass.isLetter(s[i]) || ScalarClass.isDigit(s[i]) { return nil }
        return i
    }

    /// The end of a punctuation token: runs of full stops ("...") are one token.
    static func punctuationEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        if s[start] == "." {
            while i < s.count, s[i] == "." { i += 1 }
        }
        while i < s.count, ScalarClass.isMark(s[i]) { i += 1 }
        return i
    }

    static func wordKind(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token.Kind {
        for k in start..<end where ScalarClass.isLetter(s[k]) { return .word }
        return .number
    }

    static func symbolKind(_ c: Unicode.Scalar) -> Token.Kind {
        switch c.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
        default: return .punctuation
        }
    }

    static func make(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, kind: Token.Kind) -> Token {
        Token(text: string(s[start..<end]), start: start, end: end, kind: kind)
    }

    /// The text of some scalars, built from their UTF-8 bytes in one go.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for s in scalars { capacity += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
