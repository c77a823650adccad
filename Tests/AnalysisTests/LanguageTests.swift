import Testing
@testable import Analysis

@Suite struct LanguageTests {
    @Test(arguments: [
        ("de", "Die Bundesregierung will die Ausgaben für die Verteidigung in diesem Jahr deutlich erhöhen."),
        ("en", "The government wants to raise defence spending significantly this year, officials said."),
        ("fr", "Le gouvernement veut augmenter nettement les dépenses de défense cette année."),
        ("es", "El gobierno quiere aumentar considerablemente el gasto en defensa este año."),
        ("it", "Il governo vuole aumentare in modo significativo la spesa per la difesa quest'anno."),
        ("nl", "De regering wil de uitgaven voor defensie dit jaar flink verhogen, zeggen ambtenaren."),
        ("pl", "Rząd chce w tym roku znacznie zwiększyć wydatki na obronę, powiedzieli urzędnicy."),
        ("pt", "O governo quer aumentar significativamente as despesas com a defesa este ano."),
        ("ru", "Правительство хочет значительно увеличить расходы на оборону в этом году."),
        ("sv", "Regeringen vill öka försvarsutgifterna kraftigt i år, säger tjänstemän."),
        ("cs", "Vláda chce letos výrazně zvýšit výdaje na obranu, uvedli úředníci."),
        ("tr", "Hükümet bu yıl savunma harcamalarını önemli ölçüde artırmak istiyor."),
    ])
    func identifiesNewsSentences(expected: String, text: String) {
        let result = LanguageIdentifier.identify(text, declared: nil)
        #expect(result.language == expected)
        #expect(result.confidence > 0.5)
    }

    @Test func shortTextKeepsDeclaredLanguage() {
        #expect(LanguageIdentifier.identify("Berlin", declared: "de-DE").language == "de")
        #expect(LanguageIdentifier.identify("OK", declared: nil).language == "und")
        #expect(LanguageIdentifier.identify("", declared: "en").language == "en")
    }

    @Test func seedArticleIsGerman() throws {
        let text = try #require(AnalysisFixtures.seedArticle() ?? Optional(ArticleSamples.german))
        #expect(LanguageIdentifier.identify(text, declared: "en").language == "de")
    }

    @Test func modelIsLoaded() {
        #expect(LanguageModel.bundled.languages.count == 12)
        #expect(LanguageModel.bundled.rows.count > 10_000)
    }
}
