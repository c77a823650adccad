import Analysis

/// The words of a clean body, as copy detection sees them: lower-cased word and number tokens,
/// punctuation and typography ignored, grouped by sentence.
struct WordText {
    /// Lower-cased words of each sentence, in order.
    var sentences: [[String]]

    /// From the tokens and sentences of the clean body (`TokenizedText`).
    init(_ text: TokenizedText) {
        let tokens = text.tokens
        sentences = text.sentences.map { span in
            tokens[span.tokens].filter { $0.kind == .word || $0.kind == .number }.map { $0.text.lowercased() }
        }.filter { !$0.isEmpty }
    }

    /// All words in order.
    var words: [String] { sentences.flatMap { $0 } }

    /// Distinct hashes of the `size`-word shingles of the whole text (one shingle for shorter texts).
    func shingles(size: Int) -> Set<UInt64> {
        let words = words
        guard words.count > size else { return words.isEmpty ? [] : [StableHash.fnv1a(words)] }
        var result = Set<UInt64>(minimumCapacity: words.count)
        for start in 0...(words.count - size) {
            result.insert(StableHash.fnv1a(words[start..<(start + size)]))
        }
        return result
    }
}
