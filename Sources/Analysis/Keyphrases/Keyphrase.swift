/// A phrase that says what an article is about, with its score.
public struct Keyphrase: Sendable, Hashable, Codable {
    /// The phrase as written most often in the text ("Ukraine-Krieg", "Xi Jinping").
    public var phrase: String
    /// Higher is more characteristic: a YAKE-style statistical score times an IDF factor.
    public var score: Double
    /// The lower-cased, stemmed form ("ukraine-krieg", "xi jinping"): the key for document
    /// frequencies. Equal for inflected forms ("Staatsbesuchs" and "Staatsbesuch").
    public var key: String
    /// How often the phrase occurs in the text.
    public var count: Int

    enum CodingKeys: String, CodingKey {
        case phrase, score
    }

    public init(phrase: String, score: Double, key: String, count: Int) {
        self.phrase = phrase
        self.score = score
        self.key = key
        self.count = count
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        phrase = try container.decode(String.self, forKey: .phrase)
        score = try container.decode(Double.self, forKey: .score)
        key = phrase.lowercased()
        count = 1
    }
}
