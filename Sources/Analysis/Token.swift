/// A word, number or punctuation mark of a text, with its place in it.
///
/// Offsets count Unicode scalars of the analysed text from 0, end exclusive, so they mean the same
/// in every language that reads the JSON output.
public struct Token: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case word, number, punctuation, symbol
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// A sentence: its scalar span in the text and the range of its tokens.
public struct Sentence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}
