/// What the pipeline knows about the rest of the collection: document frequencies of
/// keyphrase keys (kept by the store) and how many documents they were counted over.
public struct AnalysisContext: Sendable {
    /// Documents in which a `Keyphrase.key` occurred.
    public var documentFrequency: @Sendable (String) -> Int
    /// The number of documents the frequencies count; 0 disables the IDF factor.
    public var documentCount: Int
    /// How many keyphrases to keep per item.
    public var keyphraseLimit: Int

    public init(documentFrequency: @escaping @Sendable (String) -> Int, documentCount: Int, keyphraseLimit: Int = 10) {
        self.documentFrequency = documentFrequency
        self.documentCount = documentCount
        self.keyphraseLimit = keyphraseLimit
    }

    /// No collection statistics: keyphrases ranked by the text alone.
    public static let empty = AnalysisContext(documentFrequency: { _ in 0 }, documentCount: 0)
}
