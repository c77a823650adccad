/// A tokenised sentence with gold BIO tags and, where the corpus says so, its source URL.
public struct LabeledSentence: Sendable, Hashable {
    public var tokens: [String]
    public var tags: [BIOTag]
    public var source: String?

    public init(tokens: [String], tags: [BIOTag], source: String? = nil) {
        self.tokens = tokens
        self.tags = tags
        self.source = source
    }

    /// Tokens with scalar offsets as if joined by single spaces, and that text.
    public func joined() -> (text: String, tokens: [Token]) {
        var offset = 0
        var result: [Token] = []
        for word in tokens {
            let length = word.unicodeScalars.count
            let kind: Token.Kind = word.unicodeScalars.first.map { $0.properties.isAlphabetic } == true ? .word : .punctuation
            result.append(Token(text: word, start: offset, end: offset + length, kind: kind))
            offset += length + 1
        }
        return (tokens.joined(separator: " "), result)
    }
}
