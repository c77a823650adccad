import Testing

@testable import Analysis

/// Canonical identity: inflection, compounds, exonyms, surname joining, roles.
@Suite struct EntityResolverTests {
    static func mentions(_ text: String, language: String = "de") -> [EntityMention] {
        EntityTestText.analyse(text, language: language).entities
    }

    static func keys(_ text: String, language: String = "de") -> Set<String> {
        Set(mentions(text, language: language).map(\.key))
    }

    @Test(arguments: [
        ("Die Rede Putins wurde im Fernsehen übertragen.", "PER:putin"),
        ("Die Rolle Chinas wächst.", "LOC:china"),
        ("Alexander Lukaschenko reiste ab. Die Pläne Lukaschenkos bleiben unklar.", "PER:lukaschenko"),
        ("Der Putin-Verbündete sprach in Minsk.", "PER:putin"),
        ("Der Kreml-Chef äußerte sich nicht.", "ORG:kremlin"),
        ("Die Lukaschenko-Truppen stehen an der Grenze.", "PER:lukaschenko"),
        ("Die Delegation flog nach Peking.", "LOC:beijing"),
        ("Die Delegation flew to Beijing.", "LOC:beijing"),
        ("Die Gespräche in Moskau dauerten an.", "LOC:moscow"),
        ("Weißrussland grenzt an Polen.", "LOC:belarus"),
        ("Vertreter der Vereinten Nationen trafen ein.", "ORG:un"),
    ])
    func folds(_ text: String, key: String) {
        #expect(Self.keys(text).contains(key), "\(Self.mentions(text).map { "\($0.text)→\($0.key)" })")
    }

    @Test func surnameJoinsFullName() {
        let text = "Der Minister Boris Pistorius besuchte die Truppe. Später sagte Pistorius, er sei zufrieden."
        let people = Self.mentions(text).filter { $0.kind == .person }
        #expect(people.count == 2, "\(Self.mentions(text))")
        #expect(Set(people.map(\.key)) == ["PER:pistorius"])
        #expect(people.allSatisfy { $0.canonical == "Boris Pistorius" })
    }

    @Test func repeatsOfKnownNamesAreFound() {
        let text = "Bürgermeister Jürgen Kowalczyk eröffnete das Fest in Hückeswagen. Kowalczyk lobte die Helfer. Kowalczyks Rede war kurz."
        let people = Self.mentions(text).filter { $0.key == "PER:kowalczyk" }
        #expect(people.count == 3, "\(Self.mentions(text).map { "\($0.text)→\($0.key)" })")
        #expect(people.allSatisfy { $0.canonical == "Jürgen Kowalczyk" })
    }

    @Test func rolesAreNotNames() {
        let mentions = Self.mentions("Außenminister Sergej Lawrow traf Präsident Emmanuel Macron.")
        #expect(mentions.contains { $0.text == "Sergej Lawrow" })
        #expect(mentions.contains { $0.text == "Emmanuel Macron" })
        #expect(!mentions.contains { $0.text.contains("Präsident") || $0.text.contains("Außenminister") })
    }

    @Test func englishTitlesAreNotNames() {
        let mentions = Self.mentions("President Joe Biden met Mr Sunak in London.", language: "en")
        #expect(mentions.contains { $0.text == "Joe Biden" && $0.key == "PER:biden" })
        #expect(mentions.contains { $0.key == "LOC:london" })
        #expect(!mentions.contains { $0.text.hasPrefix("President") || $0.text.hasPrefix("Mr") })
    }

    @Test func spansPointIntoTheText() {
        let text = "Im Ukraine-Krieg unterstützt Peking Moskau."
        let scalars = Array(text.unicodeScalars)
        for mention in Self.mentions(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        #expect(Self.mentions(text).contains { $0.text == "Ukraine" && $0.key == "LOC:ukraine" })
    }

    @Test func compoundPartsCanBeOff() {
        let text = "Die China-Belarus-Strategie sorgt für Debatten."
        let (tokens, sentences, _) = EntityTestText.analyse(text, language: "de")
        let off = EntityRecognizer.shared.recognize(text: text, tokens: tokens, sentences: sentences, language: "de", compoundParts: false)
        let on = EntityRecognizer.shared.recognize(text: text, tokens: tokens, sentences: sentences, language: "de")
        #expect(on.count >= off.count)
        #expect(Set(on.map(\.key)).isSuperset(of: ["LOC:china", "LOC:belarus"]), "\(on)")
    }

    /// Resolves raw spans over the tokens of `text` (English) with the bundled lists.
    static func resolveEnglish(_ text: String, _ raw: [RawMention], sentenceStarts: Set<Int> = []) -> [EntityMention] {
        let tokens = EntityTestText.tokenize(text)
        let resolver = EntityResolver(gazetteer: EntityRecognizer.bundledGazetteer, language: .english)
        return resolver.resolve(raw, scalars: Array(text.unicodeScalars), tokens: tokens, compoundParts: false, sentenceStarts: sentenceStarts)
    }

    @Test func englishNamesKeepALeadingThe() {
        // "He moved to The Netherlands and joined The Creative Workshop": tokens 3–4 and 7–9.
        let text = "He moved to The Netherlands and joined The Creative Workshop"
        let mentions = Self.resolveEnglish(text, [RawMention(tokens: 3..<5, kind: .location), RawMention(tokens: 7..<10, kind: .organization)])
        #expect(mentions.map(\.text) == ["The Netherlands", "The Creative Workshop"], "\(mentions)")
        #expect(mentions.map(\.key) == ["LOC:netherlands", "ORG:creative-workshop"])
        #expect(mentions.map(\.canonical) == ["Netherlands", "Creative Workshop"])
    }

    @Test func englishPersonsKeepLowercaseSurnames() {
        let mentions = Self.resolveEnglish("ask Frank mcclelland", [RawMention(tokens: 1..<3, kind: .person)])
        #expect(mentions.map(\.text) == ["Frank mcclelland"], "\(mentions)")
    }

    @Test func personsAreNotJoinedAcrossSentences() {
        let raw = [RawMention(tokens: 0..<1, kind: .person), RawMention(tokens: 1..<2, kind: .person)]
        #expect(EntityResolver.mergeAdjacentPeople(raw).count == 1)
        #expect(EntityResolver.mergeAdjacentPeople(raw, sentenceStarts: [1]).count == 2)
    }

    @Test func shortCapitalNamesMatchOnlyInCapitals() {
        let gazetteer = Gazetteer(text: "LOC\tcalifornia\tKalifornien\tCalifornia\tCA|Calif.")
        let match = { (word: String) -> Bool in
            let tokens = [Token(text: word, start: 0, end: word.unicodeScalars.count, kind: .word)]
            return !gazetteer.matches(tokens: tokens[...], lower: [FeatureHash.lowercased(word[...])]).isEmpty
        }
        #expect(match("CA") && match("Calif.") && match("California"))
        #expect(!match("Ca") && !match("ca"))
        #expect(Gazetteer.isShortCapitals("FBI") && !Gazetteer.isShortCapitals("Fbi") && !Gazetteer.isShortCapitals("NASDAQ"))
    }
}
