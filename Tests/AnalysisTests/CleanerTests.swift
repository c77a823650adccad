import Testing
@testable import Analysis

@Suite struct CleanerTests {
    /// The seed file's first line is "date YYYY-MM <title>"; the title is the text after the date.
    static func seedTitle(_ text: String) -> String {
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        let words = first.split(separator: " ")
        return words.first == "date" ? words.dropFirst(2).joined(separator: " ") : first
    }

    @Test(.enabled(if: AnalysisFixtures.seedArticle() != nil, "../shared/seed is absent"))
    func seedArticleMetadata() throws {
        let text = try #require(AnalysisFixtures.seedArticle())
        let clean = ArticleCleaner.clean(text: text, title: Self.seedTitle(text), declaredAuthor: nil)
        #expect(clean.metadata.author == "Bona Hyun")
        #expect(clean.metadata.credit == "Roman Pilipey/dpa")
        #expect(clean.metadata.agency == "bohy")
        #expect(clean.metadata.dateline == "Peking")
        for leftover in ["Von: Bona Hyun", "©", "Roman Pilipey", "(bohy)", "Peking –", "date 2023-02"] {
            #expect(!clean.body.contains(leftover), "\(leftover) left in the body")
        }
        #expect(clean.body.hasPrefix("Lukaschenko reist heute"))
        #expect(clean.body.contains("China und Belarus gewinnen im Ukraine-Krieg"))
        #expect(clean.body.hasSuffix("als bislang bekannt."))
    }

    @Test func germanSampleInSeedStyle() {
        let clean = ArticleCleaner.clean(text: ArticleSamples.german, title: ArticleSamples.germanTitle, declaredAuthor: nil)
        #expect(clean.metadata == ArticleMetadata(
            author: "Clara Weidner", credit: "Kay Nietfeld/dpa", agency: "dpa", dateline: "BERLIN", codes: ["dpa", "clw"]))
        #expect(clean.body.hasPrefix("Bundeskanzler Olaf Scholz reist heute nach Paris."))
        #expect(clean.body.contains("\n\nDeutschland und Frankreich ringen"))
        for leftover in ["Von:", "©", "BERLIN", "(dpa)", "(clw)", "Lesen Sie auch", ArticleSamples.germanTitle] {
            #expect(!clean.body.contains(leftover), "\(leftover) left in the body")
        }
    }

    @Test func englishWireCopy() {
        let clean = ArticleCleaner.clean(text: ArticleSamples.english, title: nil, declaredAuthor: nil)
        #expect(clean.metadata.author == "Martin Haynes")
        #expect(clean.metadata.credit == "Toby Melville/Reuters")
        #expect(clean.metadata.agency == "Reuters")
        #expect(clean.metadata.dateline == "LONDON")
        #expect(clean.body.hasPrefix("Prime Minister Keir Starmer will meet"))
        #expect(clean.body.hasSuffix("would also be discussed."))
        #expect(!clean.body.contains("Photo:"))
    }

    @Test(arguments: [
        ("Kiew (AP) - Die Ukraine meldet neue Angriffe auf Charkiw in der Nacht.", "Kiew", "AP"),
        ("Berlin (dpa) – Der Bundestag hat den Bundeshaushalt beschlossen.", "Berlin", "dpa"),
        ("LONDON — Britain's economy grew faster than expected in March.", "LONDON", nil),
        ("Frankfurt am Main – Die Börse schloss am Freitag mit Gewinnen.", "Frankfurt am Main", nil),
    ])
    func datelines(text: String, place: String, agency: String?) {
        let clean = ArticleCleaner.clean(text: text, title: nil, declaredAuthor: nil)
        #expect(clean.metadata.dateline == place)
        #expect(clean.metadata.agency == agency)
        #expect(!clean.body.contains(place))
    }

    @Test(arguments: [
        "Lukaschenko in China – Bedeutung für den Krieg gegen die Ukraine",
        "Putin-Verbündeter Lukaschenko ist heute zu Besuch in China – Bedeutung für den Ukraine-Krieg",
        "Von Berlin aus ging es weiter nach Moskau.",
        "By the end of the year, prices had doubled.",
        "Wir sprechen über das Abkommen gegen Produktpiraterie (ACTA)",
        "Einsatz in der Elingasse (Elingasse)",
        "Die Tageszeitung \"NÃ©pszabadsÃ¡g\" wurde eingestellt.",
        "WARNING - This article contains images that some readers may find upsetting.",
    ])
    func ordinaryParagraphsStay(text: String) {
        let clean = ArticleCleaner.clean(text: text, title: nil, declaredAuthor: nil)
        #expect(clean.body == text)
        #expect(clean.metadata == ArticleMetadata())
    }

    @Test func creditsAndCodesInOtherForms() {
        let text = "Die Lage ist ruhig. (Foto: Michael Kappeler/dpa) Das bleibt so.\n\nBild: Archiv\n\nEnde der Meldung. dpa/AFP"
        let clean = ArticleCleaner.clean(text: text, title: nil, declaredAuthor: "Redaktion")
        #expect(clean.metadata.author == "Redaktion")
        #expect(clean.metadata.credit == "Michael Kappeler/dpa")
        #expect(clean.metadata.agency == "dpa/AFP")
        #expect(clean.body == "Die Lage ist ruhig. Das bleibt so.\n\nEnde der Meldung.")
    }

    @Test func feedBylineOfAnAgency() {
        let clean = ArticleCleaner.clean(text: "Von: dpa\n\nKiel – Die Deutsche Marine baut ihren Stützpunkt aus. (jaah)", title: nil, declaredAuthor: nil)
        #expect(clean.metadata.author == "dpa")
        #expect(clean.metadata.dateline == "Kiel")
        #expect(clean.metadata.agency == "jaah")
        #expect(clean.body == "Die Deutsche Marine baut ihren Stützpunkt aus.")
    }
}
