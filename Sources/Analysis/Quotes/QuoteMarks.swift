/// Finds spans enclosed in quotation marks: „…“ „…” "…" »…« «…» “…” ‚…‘ and ‹…›.
enum QuoteMarks {
    /// A quoted span: scalar offsets of the opening and closing marks.
    struct Span: Sendable, Hashable {
        var open: Int
        var close: Int
        /// The content, without the marks.
        var content: Range<Int> { (open + 1)..<close }
    }

    /// The longest scalar distance between matching marks; longer means a missing close.
    static let maximumLength = 2_000

    /// Top-level quoted spans, left to right; nested quotes stay inside their parent.
    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var result: [Span] = []
        var i = 0
        while i < scalars.count {
            if let closers = closing(for: scalars[i], at: i, in: scalars), let close = find(closers, from: i + 1, in: scalars) {
                result.append(Span(open: i, close: close))
                i = close + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// The marks that may close a quote opened by `mark`, or nil when `mark` does not open one here.
    static func closing(for mark: Unicode.Scalar, at i: Int, in scalars: [Unicode.Scalar]) -> Set<Unicode.Scalar>? {
        // Every opening mark is U+0022, U+00AB, U+00BB or above U+2000.
        if mark.value < 0xAB && mark.value != 0x22 { return nil }
        switch mark {
        case "\u{201E}": return ["\u{201C}", "\u{201D}"]
        case "\u{00BB}": return ["\u{00AB}"]
        case "\u{00AB}": return ["\u{00BB}"]
        case "\u{201C}": return ["\u{201D}"]
        case "\"": return ["\""]
        case "\u{201A}": return ["\u{2018}", "\u{2019}"]
        case "\u{2039}": return ["\u{203A}"]
        case "\u{2018}":
            // ‘…’ only as an opening mark before a word, not as an apostrophe.
            return i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic && (i == 0 || scalars[i - 1].properties.isWhitespace) ? ["\u{2019}"] : nil
        default: return nil
        }
    }

    /// The first closing mark after `from` within range; an empty line ends the search.
    private static func find(_ closers: Set<Unicode.Scalar>, from: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var j = from
        let limit = min(scalars.count, from + maximumLength)
        while j < limit {
            let scalar = scalars[j]
            if closers.contains(scalar), isClosing(at: j, in: scalars) { return j }
            if scalar == "\n", j + 1 < limit, scalars[j + 1] == "\n" { return nil }
            j += 1
        }
        return nil
    }

    /// A ’ between letters is an apostrophe (“don’t”), not a closing mark.
    private static func isClosing(at j: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[j] == "\u{2019}", j + 1 < scalars.count, j > 0 else { return true }
        return !(scalars[j - 1].properties.isAlphabetic && scalars[j + 1].properties.isAlphabetic)
    }
}
