import Analysis

/// A small tokenizer and sentence splitter for the entity and quote tests, standing in for the
/// module's own (which live in another part of Analysis): words with inner hyphens, numbers,
/// one token per punctuation mark; sentences end at . ! ? (plus closing quotes) before a capital.
enum EntityTestText {
    /// Tokens with scalar offsets.
    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar.properties.isWhitespace { i += 1; continue }
            if isWordScalar(scalar) {
                var j = i + 1
                while j < scalars.count, isWordScalar(scalars[j]) || joins(scalars, j) { j += 1 }
                let kind: Token.Kind = scalars[i].properties.numericType != nil ? .number : .word
                tokens.append(token(scalars, i, j, kind))
                i = j
            } else {
                tokens.append(token(scalars, i, i + 1, scalar.properties.isAlphabetic ? .word : .punctuation))
                i += 1
            }
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A hyphen, dot or apostrophe between word characters stays inside the word ("EU-Kommission", "3.5").
    private static func joins(_ scalars: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j + 1 < scalars.count, j > 0, ["-", "."].contains(scalars[j]) else { return false }
        return isWordScalar(scalars[j - 1]) && isWordScalar(scalars[j + 1])
            && (scalars[j] == "-" || scalars[j - 1].properties.numericType != nil)
    }

    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return Token(text: String(view), start: start, end: end, kind: kind)
    }

    static let closers: Set<String> = ["“", "”", "\"", "«", "»", "’", "‘", ")"]
    static let abbreviations: Set<String> = ["Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Nr", "bzw", "z", "B", "u", "a", "ca", "vgl"]

    /// Sentences over `tokens`.
    static func split(_ text: String, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard [".", "!", "?"].contains(tokens[i].text) else { continue }
            if tokens[i].text == ".", i > 0, abbreviations.contains(tokens[i - 1].text) { continue }
            var end = i + 1
            while end < tokens.count, closers.contains(tokens[end].text), tokens[end].start == tokens[end - 1].end { end += 1 }
            guard end >= tokens.count || startsSentence(tokens[end]) else { continue }
            sentences.append(Sentence(start: tokens[start].start, end: tokens[end - 1].end, tokens: start..<end))
            start = end
            i = end - 1
        }
        if start < tokens.count {
            sentences.append(Sentence(start: tokens[start].start, end: tokens[tokens.count - 1].end, tokens: start..<tokens.count))
        }
        return sentences
    }

    private static func startsSentence(_ token: Token) -> Bool {
        token.text.first.map { $0.isUppercase || $0.isNumber || "„\"»“‚(".contains($0) } ?? false
    }

    /// Tokens, sentences and entities of `text` with the bundled models.
    static func analyse(_ text: String, language: String) -> (tokens: [Token], sentences: [Sentence], entities: [EntityMention]) {
        let tokens = tokenize(text)
        let sentences = split(text, tokens: tokens)
        let entities = EntityRecognizer.shared.recognize(text: text, tokens: tokens, sentences: sentences, language: language)
        return (tokens, sentences, entities)
    }
}
