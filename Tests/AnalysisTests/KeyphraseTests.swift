import Testing
@testable import Analysis

@Suite struct KeyphraseTests {
    /// Keyphrases of a cleaned text, with no document frequencies known.
    static func keyphrases(_ text: String, language: String, limit: Int = 10) -> [Keyphrase] {
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(text, tokens: tokens)
        return KeyphraseExtractor.extract(text: text, tokens: tokens, sentences: sentences, language: language,
                                          documentFrequency: { _ in 0 }, documentCount: 0, limit: limit)
    }

    /// What an editor would tag the seed article with.
    static let seedExpected: Set<String> = [
        "Lukaschenko", "Alexander Lukaschenko", "Xi Jinping", "China", "Belarus", "Staatsbesuch",
        "Ukraine-Krieg", "Russland", "Putin", "Peking", "Westen", "12-Punkte-Plan", "Ukraine",
    ]

    /// Document frequencies (per 1,000 news items) of generic nouns, as a store would count them.
    static let genericFrequencies: [String: Int] = {
        let stemmer = Stemmer(language: "de")!
        let words = ["bedeutung": 300, "besuch": 250, "sorge": 250, "bedenken": 150, "blick": 400, "truppen": 120,
                     "krieg": 200, "staaten": 300, "zusammenarbeit": 150, "vertrauen": 120, "partnerschaft": 100]
        return Dictionary(uniqueKeysWithValues: words.map { (stemmer.stem($0.key), $0.value) })
    }()

    @Test(.enabled(if: AnalysisFixtures.seedArticle() != nil, "../shared/seed is absent"))
    func seedArticleReadsLikeEditorTags() throws {
        let text = try #require(AnalysisFixtures.seedArticle())
        let body = ArticleCleaner.clean(text: text, title: CleanerTests.seedTitle(text), declaredAuthor: nil).body
        let alone = Self.keyphrases(body, language: "de").map(\.phrase)
        print("seed keyphrases: \(alone.joined(separator: " | "))")
        #expect(alone.filter(Self.seedExpected.contains).count >= 6)

        let tokens = Tokenizer.tokenize(body)
        let withCollection = KeyphraseExtractor.extract(
            text: body, tokens: tokens, sentences: SentenceSplitter.split(body, tokens: tokens), language: "de",
            documentFrequency: { Self.genericFrequencies[$0] ?? 5 }, documentCount: 1_000, limit: 10
        ).map(\.phrase)
        print("seed keyphrases with document frequencies: \(withCollection.joined(separator: " | "))")
        #expect(withCollection.filter(Self.seedExpected.contains).count >= 8)

        let input = AnalysisInput(id: "seed", text: text, title: CleanerTests.seedTitle(text), declaredLanguage: "de")
        let pipeline = AnalysisPipeline.analyze(input).keyphrases.map(\.phrase)
        print("seed keyphrases through the pipeline (title first): \(pipeline.joined(separator: " | "))")
        #expect(pipeline.filter(Self.seedExpected.contains).count >= 7)
    }

    @Test func germanSampleKeepsCompoundsAndNames() {
        let body = ArticleCleaner.clean(text: ArticleSamples.german, title: ArticleSamples.germanTitle, declaredAuthor: nil).body
        let phrases = Self.keyphrases(body, language: "de").map(\.phrase)
        print("sample keyphrases: \(phrases.joined(separator: " | "))")
        let expected: Set<String> = ["Rüstungsfonds", "Olaf Scholz", "Scholz", "Macron", "Emmanuel Macron", "Frankreich",
                                     "Deutschland", "EU", "Europa", "8-Punkte-Plan", "Ukraine-Krieg", "Bundeskanzler Olaf Scholz"]
        #expect(phrases.filter(expected.contains).count >= 5)
        #expect(phrases.contains("Rüstungsfonds"))
        #expect(!phrases.contains { $0.lowercased() == $0 && !$0.contains("-") })  // no lower-case-only phrase in German
    }

    @Test func englishSample() {
        let body = ArticleCleaner.clean(text: ArticleSamples.english, title: nil, declaredAuthor: nil).body
        let phrases = Self.keyphrases(body, language: "en").map(\.phrase)
        print("english keyphrases: \(phrases.joined(separator: " | "))")
        let expected: Set<String> = ["Keir Starmer", "Starmer", "Ukraine", "trade tariffs", "Joe Biden", "Washington",
                                     "defence spending", "Downing Street", "Prime Minister Keir", "United States", "Britain"]
        #expect(phrases.filter(expected.contains).count >= 5)
    }

    @Test func keysAreStemmedAndDocumentFrequencyLowersScore() {
        let text = "Der Staatsbesuch beginnt. Beim Staatsbesuchs-Auftakt und beim Staatsbesuch in China sprach Xi."
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(text, tokens: tokens)
        let rare = KeyphraseExtractor.extract(text: text, tokens: tokens, sentences: sentences, language: "de",
                                              documentFrequency: { _ in 0 }, documentCount: 100, limit: 5)
        let common = KeyphraseExtractor.extract(text: text, tokens: tokens, sentences: sentences, language: "de",
                                                documentFrequency: { $0 == "staatsbesuch" ? 90 : 0 }, documentCount: 100, limit: 5)
        let key = try? #require(rare.first { $0.phrase == "Staatsbesuch" }).key
        #expect(key == "staatsbesuch")
        let before = rare.first { $0.key == "staatsbesuch" }?.score ?? 0
        let after = common.first { $0.key == "staatsbesuch" }?.score ?? 0
        #expect(after < before)
    }
}
