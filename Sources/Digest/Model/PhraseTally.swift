/// A keyphrase with the number of items in the window that carry it.
public struct PhraseTally: Sendable, Hashable, Codable {
    public var phrase: String
    public var items: Int

    public init(phrase: String, items: Int) {
        self.phrase = phrase
        self.items = items
    }
}
