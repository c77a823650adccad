/// The candidate keyphrases of a text, grouped by their terms (the stemmed, lower-cased words).
struct CandidateSet {
    /// One distinct candidate phrase.
    struct Candidate {
        var key: String
        var terms: [Int]
        var count: Int
        /// Occurrences written differently from `surface` (rare; counted by their text).
        var variants: [String: Int] = [:]
        var firstSpan: Range<Int>

        /// Whether one of two phrases is longer and both end in the same word ("Machthaber
        /// Lukaschenko" and "Lukaschenko", "Olaf Scholz" and "Scholz"), or one starts the other
        /// ("Tim" and "Tim Pritlove"): the second adds little.
        func sharesHead(with other: Candidate) -> Bool {
            guard terms.count != other.terms.count else { return false }
            let (short, long) = terms.count < other.terms.count ? (terms, other.terms) : (other.terms, terms)
            return long.last == short.last || long.starts(with: short)
        }

        /// Whether `self` and `other` nest (one's terms a run inside the other's) and the
        /// shorter never occurs on its own.
        func overlapsRedundantly(_ other: Candidate) -> Bool {
            let (short, long) = terms.count <= other.terms.count ? (self, other) : (other, self)
            guard short.count <= long.count, Self.contains(long.terms, short.terms) else { return false }
            return short.terms.count == long.terms.count || short.count == long.count
        }

        static func contains(_ haystack: [Int], _ needle: [Int]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
                return true
            }
            return false
        }
    }

    /// Words allowed inside (not at the ends of) a phrase: "Ministry of Defence", "Ursula von Leyen".
    static let connectors: Set<String> = ["of", "von", "van", "de", "da", "del"]

    var all: [Candidate] = []
    private var index: HashTable64
    private let table: TermTable
    private let german: Bool

    init(table: TermTable, tokens: [Token], sentences: [Sentence], german: Bool) {
        self.table = table
        self.german = german
        index = HashTable64(capacity: tokens.count)
        all.reserveCapacity(tokens.count)
        for sentence in sentences {
            for start in sentence.tokens where table.words[start] != nil {
                for length in 1...KeyphraseExtractor.maxWords where start + length <= sentence.tokens.upperBound {
                    guard table.words[start + length - 1] != nil else { break }
                    if isCandidate(start..<(start + length), tokens) { add(start..<(start + length), tokens) }
                }
            }
        }
    }

    /// Whether the words at `span` make a noun-phrase-like candidate.
    func isCandidate(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        let first = table.words[span.lowerBound]!, last = table.words[span.upperBound - 1]!
        guard !first.isStopword, !last.isStopword else { return false }
        for i in span.dropFirst().dropLast() where table.words[i]!.isStopword {
            guard Self.connectors.contains(tokens[i].text) else { return false }
        }
        if endsInsideName(span, last) { return false }
        if german { return germanNounPhrase(span, tokens) }
        return span.count > 1 || Self.isContentWord(tokens[span.lowerBound].text)
    }

    /// Whether a capitalised last word is followed by another capitalised word ("U.S. President
    /// Joe" in "U.S. President Joe Biden"): a name must not be cut after its first part.
    func endsInsideName(_ span: Range<Int>, _ last: TermTable.Word) -> Bool {
        guard last.isCapitalized, span.upperBound < table.words.count, let next = table.words[span.upperBound] else { return false }
        return next.isCapitalized && !next.isStopword && next.sentence == last.sentence
    }

    /// German: a noun at the end; before it nouns, connectors or one leading adjective.
    func germanNounPhrase(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        guard isNoun(table.words[span.upperBound - 1]!) else { return false }
        for i in span.dropLast() {
            let word = table.words[i]!
            if isNoun(word) || word.isStopword { continue }
            guard i == span.lowerBound, span.count > 1, !word.isCapitalized, Self.isAdjectiveForm(tokens[i].text) else { return false }
        }
        return true
    }

    /// A capitalised word that is not capitalised only because it opens a sentence.
    func isNoun(_ word: TermTable.Word) -> Bool {
        word.isCapitalized && (!word.isSentenceInitial || table.terms[word.term].capitalizedInside > 0)
    }

    /// A single word worth a keyphrase outside German: three letters or more and, when lower
    /// case, not an English past participle or adverb ("expected", "quickly").
    static func isContentWord(_ word: String) -> Bool {
        guard word.utf8.count >= 3 else { return false }
        guard let first = word.unicodeScalars.first, ScalarClass.isLower(first) else { return true }
        return !word.hasSuffix("ed") && !word.hasSuffix("ly")
    }

    static func isAdjectiveForm(_ word: String) -> Bool {
        word.hasSuffix("en") || word.hasSuffix("er") || word.hasSuffix("es") || word.hasSuffix("em") || word.hasSuffix("e")
    }

    /// Counts one occurrence; candidates are indexed by their term ids packed into 63 bits.
    mutating func add(_ span: Range<Int>, _ tokens: [Token]) {
        var packed: UInt64 = 0
        for i in span { packed = packed << 21 | UInt64(table.words[i]!.term + 1) }
        guard let found = index.value(packed) else {
            let terms = span.map { table.words[$0]!.term }
            index.insert(packed, Int32(all.count))
            var key = table.terms[terms[0]].key
            for term in terms.dropFirst() {
                key += " "
                key += table.terms[term].key
            }
            all.append(Candidate(key: key, terms: terms, count: 1, firstSpan: span))
            return
        }
        let existing = Int(found)
        all[existing].count += 1
        let first = all[existing].firstSpan
        if !zip(first, span).allSatisfy({ tokens[$0].text == tokens[$1].text }) {
            all[existing].variants[span.map { tokens[$0].text }.joined(separator: " "), default: 0] += 1
        }
    }

    /// The way the candidate is written most often; on a tie the shortest (in German usually
    /// the nominative: "Präsident" over "Präsidenten").
    func surface(of candidate: Candidate, _ tokens: [Token]) -> String {
        let first = candidate.firstSpan.map { tokens[$0].text }.joined(separator: " ")
        var best = (first, candidate.count - candidate.variants.values.reduce(0, +))
        for (text, count) in candidate.variants.sorted(by: { $0.key < $1.key })
        where count > best.1 || (count == best.1 && text.utf8.count < best.0.utf8.count) {
            best = (text, count)
        }
        return best.0
    }

    /// YAKE's candidate score: ∏ S(t) / (tf · (1 + Σ S(t))) over its non-stopword terms.
    func yakeScore(_ candidate: Candidate, termScores: [Double]) -> Double {
        var product = 1.0
        var sum = 0.0
        for term in candidate.terms where !table.terms[term].isStopword {
            product *= termScores[term]
            sum += termScores[term]
        }
        return product / (Double(candidate.count) * (1 + sum))
    }
}
