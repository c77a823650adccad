/// A speaker found for a quote: the words as written and the entity key, if any.
struct Speaker: Sendable, Hashable {
    var surface: String
    var key: String?
}

extension QuoteContext {
    /// The speaker named in the reporting clause `clause` (token indices), near the verb at `verb`.
    ///
    /// In order: a pronoun next to the verb (the last person named before `before`, or nobody);
    /// the person nearest the verb; a name after a role word; an organisation; a describing
    /// phrase after the verb (with a role word: the person introduced with a role nearby); the
    /// subject phrase before the verb.
    func speaker(in clause: Range<Int>, verb: Int?, before: Int) -> Speaker? {
        guard !clause.isEmpty else { return nil }
        let anchor = verb.map { tokens[$0].start } ?? tokens[clause.lowerBound].start
        if let verb, ((verb - 1)...(verb + 1)).contains(where: { clause.contains($0) && isPronoun($0) }) {
            return lastPerson(before: before).map { Speaker(surface: $0.canonical, key: $0.key) }
        }
        if let person = nearest(entities(in: clause, kind: .person), to: anchor) { return Speaker(surface: person.text, key: person.key) }
        if let named = nameAfterRole(in: clause, verb: verb) { return Speaker(surface: named, key: nil) }
        if let org = nearest(entities(in: clause).filter { $0.kind != .location }, to: anchor) { return Speaker(surface: org.text, key: org.key) }
        if let phrase = describingPhrase(in: clause, verb: verb) {
            if phrase.hasRole, let person = personIntroducedByRole(near: clause.lowerBound) {
                return Speaker(surface: person.text, key: person.key)
            }
            return Speaker(surface: phrase.text, key: nil)
        }
        if let verb, verb > clause.lowerBound, let subject = describingPhrase(in: max(clause.lowerBound, verb - 6)..<verb, verb: nil) {
            return Speaker(surface: subject.text, key: nil)
        }
        return nil
    }

    /// "er", "sie", "he", "she" (any case: "Sie sagte: …" opens a sentence).
    func isPronoun(_ i: Int) -> Bool {
        has(i, QuoteLexicon.Flag.pronoun)
    }

    /// The mention closest to scalar offset `anchor`.
    func nearest(_ mentions: [EntityMention], to anchor: Int) -> EntityMention? {
        mentions.min { abs($0.start - anchor) < abs($1.start - anchor) }
    }

    /// The last person mentioned before scalar offset `offset`.
    func lastPerson(before offset: Int) -> EntityMention? {
        entities.last { $0.kind == .person && $0.end <= offset }
    }

    /// "ein Sprecher des Ministeriums", "Militärexperten": the noun phrase next to the verb.
    func describingPhrase(in clause: Range<Int>, verb: Int?) -> (text: String, hasRole: Bool)? {
        let start: Int
        if let verb, verb + 1 < clause.upperBound, verb >= clause.lowerBound {
            start = verb + 1
        } else {
            start = clause.lowerBound
        }
        var end = start
        while end < clause.upperBound, end - start < 8, tokens[end].kind != .punctuation, end != verb,
            !has(end, QuoteLexicon.Flag.reporting), !has(end, QuoteLexicon.Flag.stop) { end += 1 }
        // "…, schätzen Militärexperten ein.": the particle of a separable verb closes the clause.
        while end - start > 1, QuoteLexicon.verbParticles.contains(tokens[end - 1].text) { end -= 1 }
        guard end > start, let span = span(of: start..<end) else { return nil }
        let hasRole = (start..<end).contains { EntityRoles.isRole(tokens[$0].text) }
        guard hasRole || (start..<end).contains(where: { FeatureHash.startsUppercase(tokens[$0].text) }) else { return nil }
        return (string(span), hasRole)
    }

    /// "sagte Verdi-Chef Frank Werneke": the capitalised words right after a role word.
    func nameAfterRole(in clause: Range<Int>, verb: Int?) -> String? {
        let from = verb.map { $0 + 1 } ?? clause.lowerBound
        guard from < clause.upperBound,
            let role = (from..<min(clause.upperBound, from + 3)).first(where: { EntityRoles.isRole(tokens[$0].text) })
        else { return nil }
        var end = role + 1
        while end < clause.upperBound, tokens[end].kind == .word, FeatureHash.startsUppercase(tokens[end].text),
            !EntityRoles.isRole(tokens[end].text) { end += 1 }
        guard end > role + 1, let span = span(of: (role + 1)..<end) else { return nil }
        return string(span)
    }

    /// A person introduced with a role word ("Regierungssprecher Steffen Hebestreit") in the
    /// sentence of token `index` or the one before.
    func personIntroducedByRole(near index: Int) -> EntityMention? {
        guard let current = sentence(of: index) else { return nil }
        let first = sentences[max(0, current - 1)].tokens.lowerBound, last = sentences[current].tokens.upperBound
        let candidates = entities(in: first..<last, kind: .person).filter { mention in
            let at = firstToken(atOrAfter: mention.start)
            return (max(first, at - 6)..<at).contains { EntityRoles.isRole(tokens[$0].text) }
        }
        return candidates.last
    }
}
