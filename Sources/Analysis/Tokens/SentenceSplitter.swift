/// Groups tokens into sentences, German- and English-aware.
///
/// A sentence ends at "!", "?", "…" or a full stop, after the closing quotes and brackets that
/// follow it (`„Wir kommen.“ Dann …` ends after “), unless a lower-case word or a comma comes
/// next. A full stop does not end a sentence after an abbreviation ("Dr.", "z. B.", "Mr."),
/// an initial ("G. Bush") or an ordinal ("am 2. März", "28. Februar"). A blank line (a
/// paragraph break) always ends a sentence, so headlines without a full stop stand alone.
public enum SentenceSplitter {
    /// The sentences of `text`, given its tokens from `Tokenizer.tokenize(text)`.
    public static func split(_ text: String, tokens: [Token]) -> [Sentence] {
        split(scalars: text.scalarArray, tokens: tokens)
    }

    /// The sentences of a text already decoded to scalars.
    public static func split(scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var i = 0
        while i < tokens.count {
            var last = i
            var ends = false
            if isTerminator(tokens[i]) {
                last = closingEnd(tokens, after: i)
                ends = endsSentence(tokens, terminator: i, next: last + 1)
            }
            if !ends, last + 1 < tokens.count,
               paragraphBreak(scalars, from: tokens[last].end, to: tokens[last + 1].start) {
                ends = true
            }
            if ends || last + 1 == tokens.count {
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<last + 1))
                first = last + 1
            }
            i = last + 1
        }
        return sentences
    }

    static func isTerminator(_ t: Token) -> Bool {
        guard t.kind == .punctuation else { return false }
        return t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" || t.text == "..."
            || t.text == "‼" || t.text == "⁉"
    }

    /// The index of the last closing quote, bracket or further terminator right after `i`.
    static func closingEnd(_ tokens: [Token], after i: Int) -> Int {
        var last = i
        while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
              isClosing(tokens[last + 1].text) || isTerminator(tokens[last + 1]) {
            last += 1
        }
        return last
    }

    static func isClosing(_ text: String) -> Bool {
        switch text {
        case "“", "”", "\"", "»", "«", "’", "‘", "'", ")", "]", "›", "‹": return true
        default: return false
        }
    }

    /// Whether the terminator at `t`, followed by the token at `next`, ends a sentence.
    static func endsSentence(_ tokens: [Token], terminator t: Int, next: Int) -> Bool {
        guard next < tokens.count else { return true }
        let following = tokens[next]
        if following.kind == .punctuation, following.text == "," || following.text == ";" { return false }
        if startsLower(following) { return false }
        guard tokens[t].text == "." else { return true }
        return !fullStopContinues(tokens, stop: t, next: following)
    }

    /// Whether the full stop at `stop` belongs to an abbreviation, an initial or an ordinal.
    static func fullStopContinues(_ tokens: [Token], stop: Int, next: Token) -> Bool {
        guard stop > 0, tokens[stop - 1].end == tokens[stop].start else { return false }
        let prev = tokens[stop - 1]
        let lower = prev.text.lowercased()
        switch prev.kind {
        case .word:
            if Abbreviations.mayBeFinal.contains(lower) { return !startsUpper(next) }
            if Abbreviations.neverFinal.contains(lower) { return true }
            return prev.text.unicodeScalars.count == 1 && startsUpper(prev)
        case .number:
            if Abbreviations.months.contains(next.text.lowercased()) { return true }
            guard prev.text.unicodeScalars.count <= 2, stop >= 2 else { return false }
            return Abbreviations.ordinalCues.contains(tokens[stop - 2].text.lowercased())
        default:
            return false
        }
    }

    static func startsLower(_ t: Token) -> Bool {
        guard t.kind == .word, let c = t.text.unicodeScalars.first else { return false }
        return ScalarClass.isLower(c)
    }

    static func startsUpper(_ t: Token) -> Bool {
        guard let c = t.text.unicodeScalars.first else { return false }
        return ScalarClass.isUpper(c)
    }

    /// Whether the gap between two tokens holds two line breaks (a blank line).
    static func paragraphBreak(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var breaks = 0
        var k = from
        while k < to {
            if s[k] == "\n" || s[k] == "\u{2029}" { breaks += 1 }
            k += 1
        }
        return breaks >= 2
    }
}
