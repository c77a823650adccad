/// Common words of a language (lowercase), as hashes: a word in it is rarely a name on its own.
/// Optionally also word classes from a lexicon (`<lang>.lexicon`): common noun, toponym, given
/// name, family name, city word …, as bits per lowercase form, for the tagger's features; and
/// Brown clusters and casing classes (`<lang>.clusters`) in one more table of the same kind.
public struct Vocabulary: Sendable {
    private var words = HashSet64()
    private var lexicon = LexiconTable()
    private var clusterPaths = LexiconTable()

    /// The class letters of a `.lexicon` file, in bit order (see scripts/ner/make-lexicon.py).
    static let classLetters: [Character] = ["N", "T", "V", "F", "E", "A", "C", "c", "P", "W", "O", "o", "L", "l", "H", "h", "g", "f"]

    public init() {}

    /// One word per line; `lexicon`: `form<TAB>CLASSES` lines; `clusters`: `form<TAB>PATH[<TAB>CASING]`
    /// lines (`<lang>.clusters`: Brown cluster paths of case-sensitive forms, casing classes of
    /// lowercase forms; see scripts/ner/make-clusters.py).
    public init(text: String, lexicon: String = "", clusters: String = "") {
        for line in text.split(separator: "\n") where !line.isEmpty {
            words.insert(FeatureHash.lowercased(line))
        }
        if !clusters.isEmpty { clusterPaths = Self.clusterTable(clusters) }
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

    /// `form<TAB>PATH[<TAB>CASING]` lines into a table from the form's hash as written
    /// (`WordTraits.word`) to `path | hasPath | casing << 21` (path below 2^20), in one pass.
    private static func clusterTable(_ text: String) -> LexiconTable {
        var table = LexiconTable(capacity: text.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) })
        var hash = FeatureHash.seed, field = 0, path: UInt32 = 0, hasPath = false, casing: UInt32 = 0
        let store = { (table: inout LexiconTable) in
            table.insert(hash, (hasPath ? path | Self.hasPath : 0) | casing << 21)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 10 {
                if field > 0 { store(&table) }
                hash = FeatureHash.seed
                field = 0
                path = 0
                hasPath = false
                casing = 0
            } else if value == 9 {
                field += 1
            } else if field == 0 {
                hash = FeatureHash.add(hash, value)
            } else if value >= 48 && value <= 57 {
                if field == 1 && path < 1 << 16 {
                    path = path * 10 + (value - 48)
                    hasPath = true
                } else if field == 2 && casing < 64 {
                    casing = casing * 10 + (value - 48)
                }
            }
        }
        if field > 0 { store(&table) }
        return table
    }

    private static let hasPath: UInt32 = 1 << 20

    /// Whether there are Brown clusters.
    var hasClusters: Bool { clusterPaths.count > 0 }

    /// The Brown cluster path of the form with hash `hash` (as written), or nil.
    @inline(__always)
    func clusterPath(_ hash: UInt64) -> UInt32? {
        guard let value = clusterPaths.value(hash), value & Self.hasPath != 0 else { return nil }
        return value & (Self.hasPath - 1)
    }

    /// The casing class of the lowercase form with hash `hash` (how often it is capitalised, how
    /// frequent it is), 0 when unknown.
    @inline(__always)
    func casing(_ hash: UInt64) -> UInt64 { clusterPaths.value(hash).map { UInt64($0 >> 21) } ?? 0 }

    /// Whether the lowercase form with hash `hash` is common.
    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }

    /// Whether the lexicon lists common nouns (German): then unknown capitalised words are
    /// looked up by their compound head.
    private(set) var hasCompounds = false

    /// The lexicon class bits of the lowercase form with hash `hash` (0 when unknown).
    @inline(__always)
    func classes(_ hash: UInt64) -> UInt64 { lexicon.value(hash).map { UInt64($0) } ?? 0 }
}
