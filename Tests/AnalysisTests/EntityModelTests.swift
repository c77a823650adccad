import Foundation
import Testing

@testable import Analysis

/// The perceptron: BIO spans, file format, deterministic training, corpus readers.
@Suite struct EntityModelTests {
    static let corpus = """
        #\thttp://example.org/a
        1\tAngela\tB-PER\tO
        2\tMerkel\tI-PER\tO
        3\tbesuchte\tO\tO
        4\tParis\tB-LOC\tO
        5\t.\tO\tO

        #\thttp://de.wikipedia.org/wiki/X
        1\tDie\tO\tO
        2\tdeutsche\tB-LOCderiv\tO
        3\tSPD\tB-ORG\tO
        4\tlas\tO\tO
        5\tFaust\tB-OTH\tO
        """

    @Test func germEvalReader() {
        let sentences = NERCorpus.germEval(Self.corpus)
        #expect(sentences.count == 2)
        #expect(sentences[0].source == "http://example.org/a")
        #expect(NEREvaluation.spans(sentences[0].tags).map { $0.1 } == [.person, .location])
        #expect(sentences[1].tags[1] == .outside)
        #expect(sentences[1].tags[4].kind == .misc)
    }

    @Test func iob1BecomesBIO() {
        let sentences = NERCorpus.conllIOB1("The I-ORG\nMad I-ORG\nCapsule I-ORG\nrocks O\nJapanese I-MISC\n", keepMisc: false)
        #expect(NEREvaluation.spans(sentences[0].tags).map { $0.0 } == [0..<3])
        #expect(sentences[0].tags[4] == .outside)
    }

    @Test func trainingIsDeterministicAndRoundTrips() throws {
        let sentences = NERCorpus.germEval(Self.corpus)
        let trainer = PerceptronTrainer(bits: 12, epochs: 3, seed: 7)
        let a = trainer.train(sentences, gazetteer: Gazetteer(), vocabulary: Vocabulary())
        let b = trainer.train(sentences, gazetteer: Gazetteer(), vocabulary: Vocabulary())
        let data = a.serialized(threshold: 0)
        #expect(data == b.serialized(threshold: 0))
        let loaded = try PerceptronModel(data: data)
        let model = NERModel(perceptron: loaded, gazetteer: Gazetteer(), vocabulary: Vocabulary())
        let tokens = sentences[0].joined().tokens
        #expect(NEREvaluation.spans(model.tag(tokens[...])).map { $0.1 } == [.person, .location])
    }

    @Test func modelWithOptionsRoundTrips() throws {
        let sentences = NERCorpus.germEval(Self.corpus)
        var trainer = PerceptronTrainer(bits: 12, epochs: 3, seed: 7)
        trainer.options = [.withoutAffixes]
        let model = trainer.train(sentences, gazetteer: Gazetteer(), vocabulary: Vocabulary())
        #expect(model.options == [.withoutAffixes])
        let data = model.serialized(threshold: 0)
        #expect(data == trainer.train(sentences, gazetteer: Gazetteer(), vocabulary: Vocabulary()).serialized(threshold: 0))
        let loaded = try PerceptronModel(data: data)
        #expect(loaded.options == [.withoutAffixes])
        let tokens = sentences[0].joined().tokens
        let features = SentenceFeatures(tokens: tokens[...], gazetteer: Gazetteer(), vocabulary: Vocabulary(), options: loaded.options)
        #expect(loaded.tag(features) == model.tag(features))
        // Without the option the affix templates are back: other features, other weights.
        var plain = trainer
        plain.options = []
        #expect(plain.train(sentences, gazetteer: Gazetteer(), vocabulary: Vocabulary()).serialized(threshold: 0) != data)
        // A file cut inside a section, or with a section it does not know, is refused.
        #expect(throws: PerceptronModel.FormatError.self) { try PerceptronModel(data: data.dropLast(3)) }
        var unknown = data
        PerceptronModel.appendSection(Array("WWNERX1\0".utf8), Data([1, 2]), to: &unknown)
        #expect(throws: PerceptronModel.FormatError.self) { try PerceptronModel(data: unknown) }
    }

    @Test func leadingNameParticlesStay() {
        let resolver = EntityResolver(gazetteer: Gazetteer(), language: .english)
        let tokens = LabeledSentence(tokens: ["al", "-", "Qaida", "and", "the", "Taliban"], tags: []).joined().tokens
        #expect(resolver.clean(RawMention(tokens: 0..<3, kind: .organization), tokens: tokens)?.words == ["al", "-", "Qaida"])
        #expect(resolver.clean(RawMention(tokens: 4..<6, kind: .organization), tokens: tokens)?.words == ["Taliban"])
    }

    @Test func badFilesAreRejected() {
        #expect(throws: PerceptronModel.FormatError.self) { try PerceptronModel(data: Data("nonsense".utf8)) }
    }

    @Test func evaluationCountsExactSpans() {
        var evaluation = NEREvaluation(kinds: [.person, .location])
        evaluation.add(gold: [(0..<2, .person), (3..<4, .location)], predicted: [(0..<2, .person), (3..<5, .location)])
        #expect(evaluation.overall.truePositives == 1)
        #expect(evaluation.overall.falsePositives == 1)
        #expect(evaluation.overall.falseNegatives == 1)
        #expect(evaluation.summary.hasPrefix("P 0.500 R 0.500 F1 0.500"))
    }

    @Test func bundledModelsLoad() {
        #expect(EntityRecognizer.shared.model(for: .german) != nil)
        #expect(EntityRecognizer.shared.model(for: .english) != nil)
    }

    /// `<lang>.clusters`: paths by the form as written, casing classes by the lowercase form.
    @Test func clusterTableReadsPathsAndCasing() {
        let vocabulary = Vocabulary(text: "", clusters: "London\t678\nflorida\t478\t32\ngoogle\t\t21\nthe\t11\t6\n")
        #expect(vocabulary.hasClusters)
        let hash = { (text: String) in FeatureHash.lowercased(Substring(text.lowercased())) }
        let exact = { (text: String) in text.unicodeScalars.reduce(FeatureHash.seed) { FeatureHash.add($0, $1.value) } }
        #expect(vocabulary.clusterPath(exact("London")) == 678)
        #expect(vocabulary.clusterPath(exact("london")) == nil)
        #expect(vocabulary.clusterPath(exact("google")) == nil)
        #expect(vocabulary.casing(hash("google")) == 21)
        #expect(vocabulary.casing(hash("florida")) == 32)
        #expect(vocabulary.casing(hash("london")) == 0)
        #expect(vocabulary.clusterPath(exact("the")) == 11)
        // Look-ups: as written, else lowercase, else capitalised.
        var buffer: [UInt32] = []
        let path = { (text: String) in SentenceFeatures.clusterPath(text, WordTraits(text, buffer: &buffer), vocabulary: vocabulary) }
        #expect(path("London") == 678 | 1 << 32)
        #expect(path("LONDON") == 678 | 1 << 32)
        #expect(path("london") == 678 | 1 << 32)
        #expect(path("Florida") == 478 | 1 << 32)
        #expect(path("The") == 11 | 1 << 32)
        #expect(path("Paris") == 0)
    }

    /// The bundled models use the Brown clusters (both) and the casing classes (English), and the
    /// features differ with them.
    @Test func bundledModelsUseClusters() throws {
        let german = try #require(EntityRecognizer.shared.model(for: .german))
        let english = try #require(EntityRecognizer.shared.model(for: .english))
        #expect(german.perceptron.options == [.clusters])
        #expect(english.perceptron.options == [.withoutAffixes, .clusters, .casing])
        #expect(german.vocabulary.hasClusters && english.vocabulary.hasClusters)
        let tokens = LabeledSentence(tokens: ["We", "flew", "to", "florida"], tags: []).joined().tokens
        var with: [UInt64] = [], without: [UInt64] = []
        SentenceFeatures(tokens: tokens[...], gazetteer: Gazetteer(), vocabulary: english.vocabulary, options: english.perceptron.options)
            .staticFeatures(at: 3, into: &with)
        SentenceFeatures(tokens: tokens[...], gazetteer: Gazetteer(), vocabulary: english.vocabulary, options: [.withoutAffixes])
            .staticFeatures(at: 3, into: &without)
        #expect(with.count == without.count + 7)  // paths 10 and 20, neighbours 4 and 6 each side, casing
    }
}
