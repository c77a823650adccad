import Testing

@testable import Analysis

/// Odd inputs: nothing crashes, nothing is invented.
@Suite struct QuoteEdgeCaseTests {
    static func quotes(_ text: String, language: String = "de") -> [Quote] {
        let (tokens, sentences, entities) = EntityTestText.analyse(text, language: language)
        return QuoteExtractor.extract(text: text, tokens: tokens, sentences: sentences, entities: entities, language: language)
    }

    @Test(arguments: ["", "„", "“", "\"\"", "„“, sagte er.", "Er sagte: „", "» « » «", "‚‘", "„Nie wieder", "„a“ „b“ „c“"])
    func oddInputs(_ text: String) {
        for quote in Self.quotes(text) {
            #expect(quote.start >= 0 && quote.start <= quote.end && quote.end <= text.unicodeScalars.count)
        }
    }

    @Test("a separable verb's particle is not part of the speaker")
    func verbParticleEndsTheSpeaker() {
        let quotes = Self.quotes("Die Lage sei ruhig, die Einheiten seien zurück in den Kasernen, schätzen Militärexperten ein.")
        #expect(quotes.first?.speaker == "Militärexperten")
        let other = Self.quotes("„Wir prüfen das“, fügte ein Sprecher des Ministeriums hinzu.")
        #expect(other.first?.speaker == "ein Sprecher des Ministeriums")
    }

    @Test func unclosedQuoteIsNoQuote() {
        #expect(Self.quotes("„Wir kommen wieder, sagte er.\n\nEin neuer Absatz beginnt hier.").filter { $0.kind == .direct }.isEmpty)
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(Self.quotes("It’s the company’s plan, and it isn’t new.", language: "en").isEmpty)
    }

    @Test func offsetsMatchTheText() {
        let text = "Vorab: „Wir sind bereit“, sagte Olaf Scholz. Später erklärte er, man sei zuversichtlich."
        let scalars = Array(text.unicodeScalars)
        for quote in Self.quotes(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(view) == quote.text)
        }
    }

    @Test func noSentencesNoIndirectQuotes() {
        let text = "Er sagte, dass alles gut sei."
        let tokens = EntityTestText.tokenize(text)
        let quotes = QuoteExtractor.extract(text: text, tokens: tokens, sentences: [], entities: [], language: "de")
        #expect(quotes.isEmpty)
        #expect(EntityRecognizer.shared.recognize(text: text, tokens: tokens, sentences: [], language: "de").isEmpty)
    }
}
