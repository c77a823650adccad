import Foundation

/// A word's term: key (stem, or the word for a stopword), the key tagged by kind, stopword or not.
struct TermEntry: Sendable {
    var key: String
    var stemKey: String
    var isStopword: Bool
}

/// A set of 64-bit keys on `HashTable64` whose keys can be walked.
struct HashSet64Table {
    var table: HashTable64
    init(capacity: Int) { table = HashTable64(capacity: capacity) }
    mutating func insert(_ key: UInt64) { table.insert(key, 0) }
}

/// The words of a text as terms (keyed by stem) with the YAKE features of each: frequency,
/// casing, position, relatedness to context and spread over sentences.
struct TermTable {
    /// One word token of the text.
    struct Word {
        var term: Int
        var sentence: Int
        var isStopword: Bool
        var isCapitalized: Bool
        var isSentenceInitial: Bool
    }

    /// Counts of one term.
    struct Term {
        var key: String
        var count = 0
        var capitalizedInside = 0
        var acronyms = 0
        /// Sentence numbers of the occurrences, in order.
        var sentences: [Int] = []
        /// Distinct terms seen right before and right after this one.
        var leftNeighbours = 0
        var rightNeighbours = 0
        var isStopword = false
    }

    /// The word at each token index (nil for numbers and punctuation).
    var words: [Word?]
    var terms: [Term] = []
    var sentenceCount: Int

    /// Indexes the word tokens of `sentences`, stemming each lower-cased word once.
    /// `cache`, when given, remembers each word's term entry across calls; it must belong to
    /// the same `stopwords` and `stem` (as `StemCache.table(for:)` does per language).
    init(tokens: [Token], sentences: [Sentence], stopwords: Set<String>, cache: StemCache.Table? = nil, stem: (String) -> String) {
        sentenceCount = max(1, sentences.count)
        words = Array(repeating: nil, count: tokens.count)
        var index: [String: Int] = [:]
        index.reserveCapacity(tokens.count / 2)
        var seen = HashTable64(capacity: tokens.count / 2)
        terms.reserveCapacity(tokens.count / 2)
        var pairs = HashSet64Table(capacity: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            var previous: Int?
            var initial = true
            for t in sentence.tokens {
                let token = tokens[t]
                guard token.kind == .word else {
                    if token.kind != .punctuation || !Self.isOpeningQuote(token.text) { previous = nil }
                    continue
                }
                let hash = Self.loweredHash(token.text)
                let id: Int
                if let known = seen.value(hash) {
                    id = Int(known)
                } else {
                    let entry: TermEntry
                    if let cached = cache?.entry(of: token.text) {
                        entry = cached
                    } else {
                        entry = Self.entry(Self.lowered(token.text), stem: stem, stopwords: stopwords)
                        cache?.insert(entry, for: token.text)
                    }
                    id = Self.termID(entry, index: &index, terms: &terms)
                    seen.insert(hash, Int32(id))
                }
                let word = Word(term: id, sentence: number, isStopword: terms[id].isStopword,
                                isCapitalized: token.text.unicodeScalars.first.map(ScalarClass.isUpper) ?? false, isSentenceInitial: initial)
                record(word, token: token)
                if let previous { pairs.insert(UInt64(previous) << 32 | UInt64(id)) }
                words[t] = word
                previous = id
                initial = false
            }
        }
        pairs.table.forEach { pair, _ in
            terms[Int(pair >> 32)].rightNeighbours += 1
            terms[Int(pair & 0xFFFF_FFFF)].leftNeighbours += 1
        }
    }

    /// FNV-1a of the lower-cased scalars of a word: the word's identity without building it.
    @inline(__always)
    static func loweredHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in text.unicodeScalars { h = (h ^ UInt64(ScalarClass.lowered(s).value)) &* 0x100_0000_01b3 }
        return h
    }

    /// The word in lower case, scalar by scalar (as the language identifier lowers letters).
    static func lowered(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: ScalarClass.isUpper) else { return text }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var changed = false
        for s in text.unicodeScalars {
            let l = ScalarClass.lowered(s)
            changed = changed || l != s
            scalars.append(l)
        }
        return changed ? Tokenizer.string(scalars[...]) : text
    }

    /// "EU", "NATO", "CDU-Fraktion" is not: two or more letters, all upper case.
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for s in text.unicodeScalars {
            if ScalarClass.isLower(s) { return false }
            if ScalarClass.isLetter(s) { letters += 1 }
        }
        return letters > 1
    }

    static func isOpeningQuote(_ text: String) -> Bool {
        // Each mark is one scalar that nothing else is canonically equal to: a text of more than
        // one scalar, or of another scalar, is none of them.
        var scalars = text.unicodeScalars.makeIterator()
        guard let only = scalars.next(), scalars.next() == nil else { return false }
        switch only.value {
        case 0x201E, 0x201C, 0x22, 0xBB, 0xAB, 0x201A, 0x28: break
        default: return false
        }
        return text == "„" || text == "“" || text == "\"" || text == "»" || text == "«" || text == "‚" || text == "("
    }

    /// What a lowercased word means as a term: its key and whether it is a stopword.
    static func entry(_ lower: String, stem: (String) -> String, stopwords: Set<String>) -> TermEntry {
        let isStopword = lower.unicodeScalars.count < 2 || stopwords.contains(lower)
        let key = isStopword ? lower : stem(lower)  // stopwords are never stemmed
        return TermEntry(key: key, stemKey: (isStopword ? "\u{2}" : "\u{1}") + key, isStopword: isStopword)
    }

    static func termID(_ entry: TermEntry, index: inout [String: Int], terms: inout [Term]) -> Int {
        let id: Int
        if let existing = index[entry.stemKey] {
            id = existing
        } else {
            id = terms.count
            var term = Term(key: entry.key)
            term.isStopword = entry.isStopword
            terms.append(term)
            index[entry.stemKey] = id
        }
        return id
    }

    mutating func record(_ word: Word, token: Token) {
        terms[word.term].count += 1
        if word.isCapitalized, !word.isSentenceInitial { terms[word.term].capitalizedInside += 1 }
        if word.isCapitalized, Self.isAcronym(token.text) { terms[word.term].acronyms += 1 }
        terms[word.term].sentences.append(word.sentence)
    }
}
