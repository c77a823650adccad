/// The candidate keyphrases of a text, grouped by key (the stemmed, lower-cased words).
struct CandidateSet {
    /// One distinct candidate phrase.
    struct Candidate {
        var key: String
        var terms: [Int]
        var count: Int
        var surface: String
        var surfaces: [String: Int]

        /// Whether `self` and `other` nest (one's terms a run inside the other's) and the
        /// shorter never occurs on its own.
        func overlapsRedundantly(_ other: Candidate) -> Bool {
            let (short, long) = terms.count <= other.terms.count ? (self, other) : (other, self)
            guard short.count <= long.count, contains(long.terms, short.terms) else { return false }
            return short.terms.count == long.terms.count || short.count == long.count
        }

        func contains(_ haystack: [Int], _ needle: [Int]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
                return true
            }
            return false
        }
    }

    /// Words allowed inside (not at the ends of) a phrase: "Ministry of Defence", "Ursula von Leyen".
    static let connectors: Set<String> = ["of", "von", "van", "de", "da", "del"]

    var all: [Candidate] = []
    private var index: [String: Int] = [:]
    private let table: TermTable
    private let german: Bool

    init(table: TermTable, tokens: [Token], sentences: [Sentence], german: Bool) {
        self.table = table
        self.german = german
        for sentence in sentences {
            for start in sentence.tokens {
                for length in 1...KeyphraseExtractor.maxWords where start + length <= sentence.tokens.upperBound {
                    let span = start..<(start + length)
                    guard span.allSatisfy({ table.words[$0] != nil }) else { break }
                    if isCandidate(span, tokens) { add(span, tokens) }
                }
            }
        }
        for i in all.indices {
            all[i].surface = all[i].surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? all[i].key
        }
    }

    /// Whether the words at `span` make a noun-phrase-like candidate.
    func isCandidate(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        let words = span.map { table.words[$0]! }
        guard let first = words.first, let last = words.last, !first.isStopword, !last.isStopword else { return false }
        for (offset, word) in words.enumerated() where word.isStopword {
            guard offset > 0, offset < words.count - 1, Self.connectors.contains(tokens[span.lowerBound + offset].text) else { return false }
        }
        if endsInsideName(span, last, tokens) { return false }
        if german { return germanNounPhrase(words, span, tokens) }
        return words.count > 1 || tokens[span.lowerBound].text.count >= 3
    }

    /// Whether a capitalised last word is followed by another capitalised word ("U.S. President
    /// Joe" in "U.S. President Joe Biden"): a name must not be cut after its first part.
    func endsInsideName(_ span: Range<Int>, _ last: TermTable.Word, _ tokens: [Token]) -> Bool {
        guard last.isCapitalized, span.upperBound < tokens.count, let next = table.words[span.upperBound] else { return false }
        return next.isCapitalized && !next.isStopword && next.sentence == last.sentence
    }

    /// German: a noun at the end; before it nouns, connectors or one leading adjective.
    func germanNounPhrase(_ words: [TermTable.Word], _ span: Range<Int>, _ tokens: [Token]) -> Bool {
        guard isNoun(words[words.count - 1]) else { return false }
        for (offset, word) in words.enumerated().dropLast() where !isNoun(word) && !word.isStopword {
            guard offset == 0, words.count > 1, Self.isAdjectiveForm(tokens[span.lowerBound].text), !word.isCapitalized else { return false }
        }
        return true
    }

    /// A capitalised word that is not capitalised only because it opens a sentence.
    func isNoun(_ word: TermTable.Word) -> Bool {
        word.isCapitalized && (!word.isSentenceInitial || table.terms[word.term].capitalizedInside > 0)
    }

    static func isAdjectiveForm(_ word: String) -> Bool {
        word.hasSuffix("en") || word.hasSuffix("er") || word.hasSuffix("es") || word.hasSuffix("em") || word.hasSuffix("e")
    }

    mutating func add(_ span: Range<Int>, _ tokens: [Token]) {
        let terms = span.map { table.words[$0]!.term }
        let key = terms.map { table.terms[$0].key }.joined(separator: " ")
        let surface = span.map { tokens[$0].text }.joined(separator: " ")
        if let i = index[key] {
            all[i].count += 1
            all[i].surfaces[surface, default: 0] += 1
        } else {
            index[key] = all.count
            all.append(Candidate(key: key, terms: terms, count: 1, surface: surface, surfaces: [surface: 1]))
        }
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
