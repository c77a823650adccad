import Testing
@testable import Digest

@Suite("Extractive summary")
struct ExtractiveSummaryTests {
    static let article = """
        Der belarussische Machthaber Alexander Lukaschenko ist zu einem Staatsbesuch in China eingetroffen. \
        Dr. Müller vom Institut für Osteuropa sagte, der Besuch sei seit dem 3. Oktober geplant gewesen. \
        Lukaschenko und Xi Jinping wollen über Handel, Energie und die Neue Seidenstraße sprechen. \
        Das Wetter in Peking war sonnig. \
        China ist nach Russland der wichtigste Handelspartner von Belarus, u.a. bei Maschinen und Kali. \
        Xi Jinping lobte den Handel mit Belarus und die Zusammenarbeit bei der Seidenstraße.
        """

    @Test("sentences split at ends, not at abbreviations, initials or ordinals")
    func splits() {
        let sentences = SentenceSplit.sentences(Self.article)
        #expect(sentences.count == 6)
        #expect(sentences[1].hasPrefix("Dr. Müller") && sentences[1].hasSuffix("geplant gewesen."))
        #expect(sentences[4].contains("u.a. bei Maschinen"))
        #expect(SentenceSplit.sentences("„Wir kommen wieder.“ Das sagte er. Und J. R. Ewing ging.") == ["„Wir kommen wieder.“", "Das sagte er.", "Und J. R. Ewing ging."])
        #expect(SentenceSplit.sentences("Mr. Smith arrived at 10 a.m. on Monday. He left.").count == 2)
    }

    @Test("the lead plus the most central sentences, in text order")
    func leadAndCentral() {
        let summary = ExtractiveSummary(maxSentences: 3).summarise(Self.article)
        #expect(summary.count == 3)
        #expect(summary.first?.hasPrefix("Der belarussische Machthaber") == true)
        #expect(!summary.contains("Das Wetter in Peking war sonnig."))
        let sentences = SentenceSplit.sentences(Self.article)
        #expect(summary.map { sentences.firstIndex(of: $0)! } == summary.map { sentences.firstIndex(of: $0)! }.sorted())
    }

    @Test("short and empty texts", arguments: ["", "Nur ein Satz.", "Erster Satz hier. Zweiter Satz dort."])
    func short(text: String) {
        #expect(ExtractiveSummary().summarise(text) == SentenceSplit.sentences(text))
    }
}
