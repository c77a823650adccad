import Foundation

/// Splits clean article text into sentences, aware of German and English abbreviations,
/// initials, ordinals ("3. Oktober") and closing quotation marks.
public enum SentenceSplit {
    /// Abbreviations (lower-cased, without the final period) that do not end a sentence.
    static let abbreviations: Set<String> = [
        "z.b", "u.a", "d.h", "bzw", "ca", "dr", "prof", "nr", "etc", "usw", "vgl", "mio", "mrd", "st", "jh",
        "abs", "inkl", "evtl", "ggf", "sog", "hr", "fr", "bspw", "mr", "mrs", "ms", "jr", "sen", "gen", "vs",
        "jan", "feb", "mär", "apr", "aug", "sep", "sept", "okt", "nov", "dez", "dec", "oct", "str", "tel",
        "u.s", "e.v", "o.ä", "s", "z.t", "i.d.r", "a.d", "v.a", "co", "inc", "ltd", "corp",
    ]

    static let terminators: Set<Character> = [".", "!", "?"]
    static let closers: Set<Character> = ["\"", "“", "”", "„", "«", "»", "'", "’", ")", "‘"]

    /// The sentences of `text`, trimmed, in order.
    public static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if chars[i].isNewline, i + 1 < chars.count, chars[i + 1].isNewline {
                append(chars[start..<i], to: &result)
                start = i + 1
            } else if terminators.contains(chars[i]) {
                var end = i + 1
                while end < chars.count, terminators.contains(chars[end]) || closers.contains(chars[end]) { end += 1 }
                if end == chars.count || (chars[end].isWhitespace && endsSentence(chars, period: i, next: end)) {
                    append(chars[start..<end], to: &result)
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        append(chars[start..<chars.count], to: &result)
        return result
    }

    private static func append(_ slice: ArraySlice<Character>, to result: inout [String]) {
        let sentence = String(slice).trimmingCharacters(in: .whitespacesAndNewlines)
        if !sentence.isEmpty { result.append(sentence) }
    }

    /// Whether the terminator at `period` ends a sentence: not after an abbreviation, initial or
    /// ordinal, and the next word starts like a sentence.
    private static func endsSentence(_ chars: [Character], period: Int, next: Int) -> Bool {
        var j = next
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        guard j < chars.count else { return true }
        let first = chars[j]
        guard first.isUppercase || first.isNumber || closers.contains(first) || first == "–" || first == "-" else { return false }
        guard chars[period] == "." else { return true }
        var k = period
        while k > 0, !chars[k - 1].isWhitespace, !closers.contains(chars[k - 1]) { k -= 1 }
        let word = String(chars[k..<period])
        if word.isEmpty { return true }
        if word.allSatisfy(\.isNumber) { return !isOrdinal(word, before: first) }
        if word.count == 1, word.first?.isUppercase == true { return false }
        return !abbreviations.contains(word.lowercased())
    }

    /// "3. Oktober", "20. Jahrhundert": a one- or two-digit number before a capitalised noun is an ordinal.
    private static func isOrdinal(_ number: String, before next: Character) -> Bool {
        number.count <= 2 && next.isUppercase
    }
}
