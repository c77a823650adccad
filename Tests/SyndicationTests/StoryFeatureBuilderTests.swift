import Analysis
import Testing

@testable import Syndication

@Suite("Story features: content words")
struct StoryFeatureBuilderTests {
    /// The rule in its plain form: characters counted, the first one's case from its properties.
    func reference(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return token.text.count >= 2
        case .word:
            guard token.text.count >= 3 else { return false }
            return token.text.first?.isUppercase == true || token.text.count >= 6
        default: return false
        }
    }

    @Test("the byte-level shortcuts decide as character counts and properties do")
    func contentWordsMatchTheRule() {
        let text = """
            Bundeskanzler Olaf Scholz traf Ärztevertreter in Köln; Übernahme für 9,80 Euro? \
            Die Öffentlichkeit ärgert sich. ÉCOLE école Straße STRASSE ab ob Ab Ob 42 7 \
            e\u{301}e\u{301}e\u{301} E\u{301}cole ǅemal Ǆ x\u{308}yz Ωmega ωmega 東京都 Ｔｏｋｙｏ 😀😀😀 \
            The talks in Kyiv were "constructive", said Justin Trudeau on Tuesday.
            """
        var tokens = Tokenizer.tokenize(text)
        for word in ["\r\nab", "a\r\nb", "ab\r\n", "Zürich", "zürich", "ÄÖÜ", "äö", "ß", "Ab", "abc", "abcdef", "abcde"] {
            tokens.append(Token(text: word, start: 0, end: word.utf16.count, kind: .word))
            tokens.append(Token(text: word, start: 0, end: word.utf16.count, kind: .number))
        }
        #expect(tokens.count > 60)
        for token in tokens {
            #expect(StoryFeatureBuilder.isContent(token) == reference(token), "\(token.text) (\(token.kind))")
        }
    }
}
