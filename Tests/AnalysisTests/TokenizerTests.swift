import Testing
@testable import Analysis

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Der 12-Punkte-Plan zum Ukraine-Krieg.", ["Der", "12-Punkte-Plan", "zum", "Ukraine-Krieg", "."]),
        ("Es kostet 3.5 Mio. um 10:30 Uhr", ["Es", "kostet", "3.5", "Mio", ".", "um", "10:30", "Uhr"]),
        ("In the U.S. it's e.g. 1.000,50 €", ["In", "the", "U.S.", "it's", "e.g.", "1.000,50", "€"]),
        ("„Wir kommen.“ Dann…", ["„", "Wir", "kommen", ".", "“", "Dann", "…"]),
        ("z.B. am 28. Februar", ["z.B.", "am", "28", ".", "Februar"]),
        ("Wait... what?", ["Wait", "...", "what", "?"]),
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(Tokenizer.tokenize(text).map(\.text) == expected)
    }

    @Test func kindsAreAssigned() {
        let kinds = Tokenizer.tokenize("Plan 100 % – ok").map(\.kind)
        #expect(kinds == [.word, .number, .punctuation, .punctuation, .word])
        #expect(Tokenizer.tokenize("© 2023")[0].kind == .symbol)
    }

    @Test func offsetsMapBackToScalars() {
        let texts = [
            "Grüße aus Köln 🇩🇪 – „Straße“ e\u{301}té, Ωμέγα; 東京 10:30.",
            AnalysisFixtures.seedArticle() ?? "",
            ArticleSamples.german,
            ArticleSamples.english,
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for token in Tokenizer.tokenize(text) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[token.start..<token.end])
                #expect(String(view) == token.text)
            }
        }
    }
}
