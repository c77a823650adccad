import Analysis
import FeedModel
import Foundation
import Syndication
import Testing

@Suite("Syndication engine")
struct EngineTests {
    let engine = SyndicationEngine()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    static let body = """
        Die Innenminister der Europäischen Union haben sich in Brüssel auf ein gemeinsames Lagebild an den Außengrenzen geeinigt. \
        Frontex soll dafür ein neues Lagezentrum aufbauen, das Daten aus allen Mitgliedstaaten zusammenführt. \
        Der belgische Ratsvorsitz sprach von einem Durchbruch nach monatelangen Verhandlungen. \
        Kritiker bemängeln, dass der Datenschutz bei dem Vorhaben zu kurz komme und das Parlament kaum beteiligt werde. \
        Die Kommission will bis zum Frühjahr einen Gesetzentwurf vorlegen, der die Einzelheiten regelt.
        """

    func candidate(_ id: Int64, _ text: String, at time: Date, group: Int64? = nil, canonical: (Int64, Date)? = nil) -> CopyCandidate {
        CopyCandidate(
            itemID: id, feedID: id, time: time, fingerprint: engine.fingerprint(url: nil, title: nil, cleanText: text),
            groupID: group, groupCanonicalItemID: canonical?.0, groupCanonicalTime: canonical?.1)
    }

    @Test("fingerprint and story features from the analysis's tokens equal those from the text")
    func fromAnalysisTokens() {
        let input = AnalysisInput(id: "x", text: Self.body, title: "Lagezentrum für Frontex", declaredLanguage: "de", author: nil)
        let result = AnalysisPipeline.analyze(input)
        let body = TokenizedText(tokens: result.tokens, sentences: result.sentences)
        let analysis = ItemAnalysis(
            pipelineVersion: result.pipelineVersion, language: result.language, languageConfidence: result.languageConfidence,
            cleanText: result.cleanBody, metadata: ArticleMetadata(), keyphrases: result.keyphrases.map {
                KeyphraseRecord(key: $0.key, phrase: $0.phrase, score: $0.score)
            }, entities: [], quotes: [])
        let fromText = engine.fingerprint(url: "https://a.example/x", title: input.title, cleanText: result.cleanBody)
        #expect(engine.fingerprint(url: "https://a.example/x", title: input.title, body: body) == fromText)
        #expect(fromText.lookupKeys.count > 10 && !fromText.sentenceHashes.isEmpty)
        let features = engine.features(title: input.title, analysis: analysis)
        #expect(engine.features(title: input.title, analysis: analysis, body: body) == features)
        #expect(features.stems.count > 10)
    }

    @Test("an earlier copy becomes canonical; a later one keeps the group's canonical")
    func canonical() throws {
        let print = engine.fingerprint(url: nil, title: nil, cleanText: Self.body)
        let later = try #require(CopyMatcher().decide(
            itemID: 9, time: t0, fingerprint: print,
            candidates: [candidate(3, Self.body, at: t0.addingTimeInterval(600), group: 1, canonical: (2, t0.addingTimeInterval(-60)))]))
        #expect(later.groupID == 1 && later.canonicalItemID == 2 && !later.isVariant)
        let earlier = try #require(CopyMatcher().decide(
            itemID: 9, time: t0, fingerprint: print, candidates: [candidate(3, Self.body, at: t0.addingTimeInterval(600))]))
        #expect(earlier.groupID == nil && earlier.canonicalItemID == 9 && earlier.copyOf == 3)
    }

    @Test("a longer update of a text is a variant copy")
    func variant() throws {
        let longer = Self.body + " Am Abend kündigten mehrere Regierungen an, das Vorhaben im Rat noch einmal prüfen zu wollen. Eine Abstimmung ist für Januar geplant."
        let decision = try #require(CopyMatcher().decide(
            itemID: 2, time: t0, fingerprint: engine.fingerprint(url: nil, title: nil, cleanText: longer),
            candidates: [candidate(1, Self.body, at: t0)]))
        #expect(decision.isVariant)
    }

    @Test("an unrelated text is no copy")
    func unrelated() {
        let other = "Der Sturm hat auf Sylt Bäume entwurzelt und den Zugverkehr über den Hindenburgdamm gestoppt. Verletzt wurde niemand, teilte die Polizei mit."
        #expect(CopyMatcher().decide(
            itemID: 2, time: t0, fingerprint: engine.fingerprint(url: nil, title: nil, cleanText: other),
            candidates: [candidate(1, Self.body, at: t0)]) == nil)
    }

    @Test("shared entities raise story similarity when both items have them")
    func entities() {
        let a = StoryFeatures(entityKeys: ["PER:ahrens", "LOC:peking"], keyphraseKeys: ["besuch"], stems: ["besuch": 2, "china": 1])
        var b = StoryFeatures(entityKeys: [], keyphraseKeys: ["reis"], stems: ["reis": 2, "china": 1])
        let similarity = StorySimilarity(corpus: [a, b])
        let without = similarity.score(a, b)
        b.entityKeys = ["PER:ahrens", "LOC:peking"]
        #expect(similarity.score(a, b) > without)
    }

    @Test("a copy joins its original's story without changing the title")
    func copyJoinsStory() {
        let print = engine.fingerprint(url: nil, title: nil, cleanText: Self.body)
        var original = candidate(1, Self.body, at: t0)
        original.storyID = 5
        let decision = engine.decide(
            fingerprint: print, features: StoryFeatures(), candidates: SyndicationCandidates(itemID: 2, time: t0, copies: [original]))
        #expect(decision.story == .join(storyID: 5, titleItemID: nil, similarity: decision.group?.similarity ?? 0))
    }
}
