/// Common words of a language (lowercase), as hashes: a word in it is rarely a name on its own.
/// Optionally also word classes from a lexicon (`<lang>.lexicon`): common noun, toponym, given
/// name, family name, city word …, as bits per lowercase form, for the tagger's features.
public struct Vocabulary: Sendable {
    private var words = HashSet64()
    private var lexicon = LexiconTable()

    /// The class letters of a `.lexicon` file, in bit order (see scripts/ner/make-lexicon.py).
    static let classLetters: [Character] = ["N", "T", "V", "F", "E", "A", "C", "c", "P", "W", "O", "o", "L", "l", "H", "h", "g", "f"]

    public init() {}

    /// One word per line; `lexicon`: `form<TAB>CLASSES` lines.
    public init(text: String, lexicon: String = "") {
        for line in text.split(separator: "\n") where !line.isEmpty {
            words.insert(FeatureHash.lowercased(line))
        }
        guard !lexicon.isEmpty else { return }
        self.lexicon = LexiconTable(capacity: lexicon.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) })
        var bitOf = [UInt32](repeating: 0, count: 128)
        for (bit, letter) in Self.classLetters.enumerated() { bitOf[Int(letter.asciiValue!)] = 1 << UInt32(bit) }
        // One pass over the scalars: the form's lowercase hash up to the tab, class letters after it.
        var hash = FeatureHash.seed, bits: UInt32 = 0, inForm = true
        for scalar in lexicon.unicodeScalars {
            let value = scalar.value
            if value == 10 {
                if !inForm { self.lexicon.insert(hash, bits) }
                hash = FeatureHash.seed
                bits = 0
                inForm = true
            } else if inForm {
                if value == 9 { inForm = false } else { hash = FeatureHash.add(hash, FeatureHash.lower(value)) }
            } else if value < 128 {
                bits |= bitOf[Int(value)]
            }
        }
        if !inForm { self.lexicon.insert(hash, bits) }
        hasCompounds = self.lexicon.count > 0 && lexicon.contains("\tN")
    }

    /// Whether the lowercase form with hash `hash` is common.
    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }

    /// Whether the lexicon lists common nouns (German): then unknown capitalised words are
    /// looked up by their compound head.
    private(set) var hasCompounds = false

    /// The lexicon class bits of the lowercase form with hash `hash` (0 when unknown).
    @inline(__always)
    func classes(_ hash: UInt64) -> UInt64 { lexicon.value(hash).map { UInt64($0) } ?? 0 }
}
