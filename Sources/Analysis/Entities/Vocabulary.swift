/// Common words of a language (lowercase), as hashes: a word in it is rarely a name on its own.
public struct Vocabulary: Sendable {
    private var words = HashSet64()

    public init() {}

    /// One word per line.
    public init(text: String) {
        for line in text.split(separator: "\n") where !line.isEmpty {
            words.insert(FeatureHash.lowercased(line))
        }
    }

    /// Whether the lowercase form with hash `hash` is common.
    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }
}
