import Foundation

extension QuoteContext {
    /// Quotes in quotation marks with their attribution; titles and names in quotes are skipped.
    func directQuotes() -> [Quote] {
        var result: [Quote] = []
        for mark in QuoteMarks.spans(in: scalars) {
            let first = firstToken(atOrAfter: mark.open + 1), end = firstToken(atOrAfter: mark.close)
            guard first < end else { continue }
            let words = (first..<end).filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count
            let after = attributionAfter(closeToken: end, contentEnd: end)
            let before = attributionBefore(openToken: first - 1)
            let tight = after?.tight == true || before?.tight == true
            guard tight || !isTitle(openToken: first - 1) else { continue }
            let continued = continuedSpeaker(result, open: mark.open)
            guard tight || (words >= 4 && (after != nil || before != nil)) || words >= 6 && endsLikeSpeech(end)
                || words >= 3 && continued != nil && endsLikeSpeech(end) else { continue }
            var speaker = after?.speaker ?? before?.speaker
            if speaker == nil, words >= 3 { speaker = continued ?? colonSpeaker(openToken: first - 1) }
            result.append(Quote(text: string(mark.content), start: mark.content.lowerBound, end: mark.content.upperBound,
                                kind: .direct, speaker: speaker?.surface, speakerCanonical: speaker?.key))
        }
        // Not only white space: what `trimmingCharacters(in: .whitespaces).isEmpty` tells, scalar by scalar.
        let whitespaces = CharacterSet.whitespaces
        return result.filter { $0.text.unicodeScalars.contains { !whitespaces.contains($0) } }
    }

    /// A reporting clause found next to a quote; `tight` when it directly touches the quote.
    struct Attribution {
        var speaker: Speaker?
        var tight: Bool
    }

    /// „…“, sagte X. / "…," said X. / "…," X said. / „…“, so X.
    func attributionAfter(closeToken: Int, contentEnd: Int) -> Attribution? {
        var i = closeToken
        while i < tokens.count, Self.quoteMarks.contains(tokens[i].text) { i += 1 }
        let commaInside = contentEnd > 0 && [",", "?", "!"].contains(tokens[contentEnd - 1].text)
        let commaAfter = i < tokens.count && tokens[i].text == ","
        guard commaInside || commaAfter else { return nil }
        let start = commaAfter ? i + 1 : i
        var end = start
        while end < tokens.count, end - start < 14, !isBoundary(end) { end += 1 }
        guard let verb = (start..<min(end, start + 5)).first(where: { isReporting($0) || word($0) == "so" && $0 == start })
        else { return nil }
        // The clause ends at a comma after the speaker: "…, sagte sie, nachdem X gesprochen hatte."
        if let comma = ((verb + 2)..<max(verb + 2, end)).first(where: { tokens[$0].text == "," }), !isApposition(after: comma) { end = comma }
        return Attribution(speaker: speaker(in: start..<end, verb: verb, before: tokens[start].start), tight: true)
    }

    /// X sagte: „…“ / Laut X: „…“ / He said, "…"
    func attributionBefore(openToken: Int) -> Attribution? {
        guard openToken >= 0 else { return nil }
        var end = openToken
        while end >= 0, Self.quoteMarks.contains(tokens[end].text) { end -= 1 }
        guard end >= 0 else { return nil }
        let colon = tokens[end].text == ":" || tokens[end].text == ","
        var start = end
        while start > 0, end - start < 20, !isBoundary(start - 1) { start -= 1 }
        guard let verb = (start...end).last(where: isReporting), colon || verb == end else { return nil }
        return Attribution(speaker: speaker(in: start..<end, verb: verb, before: tokens[start].start), tight: tokens[end].text == ":")
    }

    /// "sagte Max Herbst, Inhaber der …" / "said John Smith, the CEO": a description, not a new clause.
    func isApposition(after comma: Int) -> Bool {
        guard comma + 1 < tokens.count else { return false }
        return has(comma + 1, QuoteLexicon.Flag.determiner) || EntityRoles.isRole(tokens[comma + 1].text)
    }

    /// The speaker of the previous quote when this one follows it closely (a quote continued).
    func continuedSpeaker(_ quotes: [Quote], open: Int) -> Speaker? {
        guard let last = quotes.last, let surface = last.speaker, open - last.end < 120 else { return nil }
        return Speaker(surface: surface, key: last.speakerCanonical)
    }

    /// "X sagte:" ending the sentence before a quote that stands alone.
    func colonSpeaker(openToken: Int) -> Speaker? {
        guard openToken > 0, tokens[openToken - 1].text == ":" else { return nil }
        return attributionBefore(openToken: openToken)?.speaker
    }

    /// Whether the quote's last content token is sentence or clause punctuation.
    func endsLikeSpeech(_ end: Int) -> Bool {
        end > 0 && [".", "!", "?", ",", "…"].contains(tokens[end - 1].text)
    }

    /// A short quoted phrase after "Buch", "Operation", "called", "sogenannte" names something.
    func isTitle(openToken: Int) -> Bool {
        var i = openToken
        while i >= 0, Self.quoteMarks.contains(tokens[i].text) { i -= 1 }
        guard i >= 0 else { return false }
        if has(i, QuoteLexicon.Flag.titleCue) { return true }
        return i > 0 && tokens[i].kind == .word && has(i - 1, QuoteLexicon.Flag.titleCue)
    }
}
