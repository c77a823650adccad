extension QuoteContext {
    /// Reported speech in sentences without quotation marks.
    ///
    /// German: a reporting verb with a "dass" clause, or Konjunktiv I ("sei", "habe", "könne")
    /// with an attribution at the start ("Laut X", "X sagte,") or end (", erklärte X", ", so X").
    /// English: "said that …", "X said the …", "…, X said." / "…, according to X."
    func indirectQuotes(avoiding direct: [Quote]) -> [Quote] {
        var result: [Quote] = []
        for sentence in sentences where !sentence.tokens.isEmpty {
            guard !direct.contains(where: { $0.end >= sentence.start && $0.start <= sentence.end }) else { continue }
            if let quote = thatClause(sentence.tokens) ?? trailingAttribution(sentence.tokens) ?? leadingAttribution(sentence.tokens) {
                result.append(quote)
            }
        }
        return result
    }

    /// "…, sagte X, dass …" / "X said that …": the clause after the conjunction.
    func thatClause(_ range: Range<Int>) -> Quote? {
        guard let conjunction = range.first(where: { has($0, QuoteLexicon.Flag.conjunction) }),
            let verb = (range.lowerBound..<conjunction).last(where: isReporting),
            conjunction - verb <= 6, german ? tokens[conjunction - 1].text == "," : true
        else { return nil }
        return quote(content: (conjunction + 1)..<range.upperBound, clause: range.lowerBound..<conjunction, verb: verb)
    }

    /// "China sei bereit …, erklärte das Außenministerium." / "The plan will work, she said."
    func trailingAttribution(_ range: Range<Int>) -> Quote? {
        guard let comma = range.last(where: { tokens[$0].text == "," }), comma > range.lowerBound + 2 else { return nil }
        let tail = (comma + 1)..<range.upperBound
        guard tail.count <= 10,
            let verb = tail.first(where: { isReporting($0) || $0 == comma + 1 && word($0) == "so" }),
            verb - comma <= 4 || word(verb) == "zufolge"
        else { return nil }
        let content = range.lowerBound..<comma
        guard !german || content.contains(where: { has($0, QuoteLexicon.Flag.subjunctive) }) else { return nil }
        return quote(content: content, clause: tail, verb: verb)
    }

    /// "Laut X sei …" / "X zufolge habe …" / "X sagte, die Lage sei …" / "Smith said the firm would …"
    func leadingAttribution(_ range: Range<Int>) -> Quote? {
        let head = range.prefix(12)
        guard let verb = head.first(where: isReporting) else { return nil }
        let comma = (verb..<range.upperBound).first { tokens[$0].text == "," }
        let contentStart: Int
        if german {
            if word(verb) == "laut", comma.map({ $0 - verb > 6 }) ?? true {
                contentStart = afterName(verb + 1, limit: range.upperBound)
            } else if ["laut", "zufolge"].contains(word(verb)), let comma { contentStart = comma + 1 } else if let comma, comma - verb <= 8 {
                contentStart = comma + 1
            } else { return nil }
            let content = contentStart..<range.upperBound
            guard content.contains(where: { has($0, QuoteLexicon.Flag.subjunctive) }) else { return nil }
        } else {
            guard ["said", "says", "told", "warned", "added", "argued", "claimed", "insisted"].contains(word(verb)),
                verb > range.lowerBound, range.upperBound - verb >= 6 else { return nil }
            contentStart = verb + 1
        }
        return quote(content: contentStart..<range.upperBound, clause: range.lowerBound..<contentStart, verb: verb)
    }

    /// The first token after the capitalised name starting at `start` ("Laut Wolfgang Schmidt habe …").
    private func afterName(_ start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, FeatureHash.startsUppercase(tokens[i].text) || EntityResolver.nameParticles.contains(tokens[i].text) { i += 1 }
        return i
    }

    private func quote(content: Range<Int>, clause: Range<Int>, verb: Int) -> Quote? {
        guard content.count >= 3, let span = span(of: content) else { return nil }
        let speaker = speaker(in: clause, verb: verb, before: tokens[clause.lowerBound].start)
        return Quote(text: string(span), start: span.lowerBound, end: span.upperBound, kind: .indirect,
                     speaker: speaker?.surface, speakerCanonical: speaker?.key)
    }
}
