import Testing
@testable import Analysis

@Suite struct StemmerTests {
    @Test func stemsGermanAndEnglish() throws {
        let german = try #require(Stemmer(language: "de"))
        let english = try #require(Stemmer(language: "en"))
        #expect(german.stem("staatsbesuche") == german.stem("staatsbesuch"))
        #expect(english.stem("running") == "run")
        #expect(english.stem("") == "")
        #expect(Stemmer(language: "xx") == nil)
    }

    @Test(arguments: [("de", "german"), ("en", "english")])
    func matchesSnowballVocabulary(language: String, name: String) throws {
        let voc = AnalysisFixtures.shared("oracles/snowball/\(name)_voc.txt")
        let out = AnalysisFixtures.shared("oracles/snowball/\(name)_output.txt")
        guard let voc, let out else { return }  // ../shared/oracles absent: nothing to compare
        let stemmer = try #require(Stemmer(language: language))
        let words = voc.split(separator: "\n")
        let stems = out.split(separator: "\n")
        #expect(words.count == stems.count)
        var matches = 0
        for (word, stem) in zip(words, stems) where stemmer.stem(String(word)) == String(stem) { matches += 1 }
        print("snowball \(name): \(matches) of \(words.count) stems match")
        #expect(matches == words.count)
    }

    @Test func stopwordListsAreLoaded() {
        #expect(Stopwords.set(for: "de").contains("und"))
        #expect(Stopwords.set(for: "en").contains("the"))
        #expect(Stopwords.set(for: "fr").contains("le"))
    }
}
