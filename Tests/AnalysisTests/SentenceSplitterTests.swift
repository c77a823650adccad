import Testing
@testable import Analysis

@Suite struct SentenceSplitterTests {
    /// The sentences of `text` as strings.
    static func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(text, tokens: Tokenizer.tokenize(text)).map { s in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.start..<s.end])
            return String(view)
        }
    }

    @Test(arguments: [
        "Er kommt z. B. mit Dr. Müller und Prof. Schmidt aus St. Gallen.",
        "Das gilt für Nr. 5 bzw. Nr. 6, ca. 20 Fälle, u. a. in Berlin.",
        "Der Besuch dauert vom 28. Februar bis zum 2. März in China.",
        "Am 2. März und am 3. Juli kam er.",
        "Mr. Smith met Dr. Jones in the U.S. on Jan. 5 at 10:30 with 3.5 million.",
        "They use e.g. apples, i.e. fruit, in St. Louis.",
        "„Warum?“, fragte er.",
        "Alexander G. Lukaschenko reist.",
    ])
    func keepsOneSentence(text: String) {
        #expect(Self.sentences(text) == [text])
    }

    @Test func quoteEndsAfterClosingMark() {
        #expect(Self.sentences("„Wir kommen.“ Dann gehen wir.") == ["„Wir kommen.“", "Dann gehen wir."])
        #expect(Self.sentences("He said: \"We come.\" Then he left!") == ["He said: \"We come.\"", "Then he left!"])
    }

    @Test func splitsOrdinarySentences() {
        let text = "China empfängt Lukaschenko. Beide halten fest! Was nun? Das ist es usw. Dann kam er."
        #expect(Self.sentences(text) == [
            "China empfängt Lukaschenko.", "Beide halten fest!", "Was nun?", "Das ist es usw.", "Dann kam er.",
        ])
    }

    @Test func paragraphBreakEndsHeadline() {
        let text = "Lukaschenko in China – Bedeutung für den Krieg\n\nPeking – China und Belarus."
        #expect(Self.sentences(text) == ["Lukaschenko in China – Bedeutung für den Krieg", "Peking – China und Belarus."])
    }

    @Test func tokenRangesCoverAllTokens() {
        let text = "Eins. Zwei! Drei?"
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(text, tokens: tokens)
        #expect(sentences.map(\.tokens) == [0..<2, 2..<4, 4..<6])
    }
}

@Suite struct SeedSentenceTests {
    @Test(.enabled(if: AnalysisFixtures.seedArticle() != nil, "../shared/seed is absent"))
    func seedArticleSentences() throws {
        let text = try #require(AnalysisFixtures.seedArticle())
        let sentences = SentenceSplitterTests.sentences(text)
        #expect(sentences.contains { $0.hasPrefix("„Der belarussische Präsident") && $0.contains("vom 28. Februar bis zum 2. März") && $0.hasSuffix("Hua Chunying.") })
        #expect(sentences.contains("Könnte Machthaber Lukaschenko dem Ukraine-Krieg beitreten?"))
        #expect(sentences.contains("Putin-Verbündeter Lukaschenko ist heute zu Besuch in China – Bedeutung für den Ukraine-Krieg"))
        #expect(!sentences.contains { $0.hasSuffix("28.") || $0.hasSuffix("2.") })
        #expect(sentences.count >= 30)
    }
}
