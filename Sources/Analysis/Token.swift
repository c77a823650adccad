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

extension String {
    /// The Unicode scalars of the string, decoded from its UTF-8 in one pass (the same array as
    /// `Array(unicodeScalars)`, without counting first and iterating scalar by scalar).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                let end = bytes.count
                while i < end {
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is always valid, so every value is a scalar.
                    buffer[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    n += 1
                }
                count = n
            }
        }
    }
}

/// A text's tokens and sentences, as the analysis pipeline found them (`AnalysisResult.tokens`
/// and `.sentences` of `cleanBody`): handed on so that later stages (copy fingerprints, story
/// features) need not tokenise and split the same text again.
public struct TokenizedText: Sendable {
    public var tokens: [Token]
    public var sentences: [Sentence]

    public init(tokens: [Token], sentences: [Sentence]) {
        self.tokens = tokens
        self.sentences = sentences
    }

    /// Tokenises and splits `text` the way the pipeline does.
    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokenize(scalars: scalars)
        sentences = SentenceSplitter.split(scalars: scalars, tokens: tokens)
    }
}
