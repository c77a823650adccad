/// A gazetteer name found over tokens `tokens` of a sentence.
struct GazetteerMatch: Sendable, Hashable {
    var tokens: Range<Int>
    var entry: Int
    /// False when the text is lowercase but the name is not ("malaysia"): weaker evidence.
    /// Names written lowercase ("dpa", "taz") fit either way.
    var caseFits: Bool
    /// True for names marked `~` in the lists: tagger evidence only.
    var ambiguous: Bool
}
