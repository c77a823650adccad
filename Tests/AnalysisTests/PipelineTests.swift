import Foundation
import Testing
@testable import Analysis

@Suite struct PipelineTests {
    static let input = AnalysisInput(id: "item-1", text: ArticleSamples.german, title: ArticleSamples.germanTitle, declaredLanguage: "de-DE")

    @Test func analysesTheGermanSample() {
        let result = AnalysisPipeline.analyze(Self.input)
        #expect(result.id == "item-1")
        #expect(result.language == "de")
        #expect(result.languageConfidence > 0.9)
        #expect(result.metadata.author == "Clara Weidner")
        #expect(result.metadata.dateline == "BERLIN")
        #expect(result.keyphrases.first?.phrase == "Rüstungsfonds")
        #expect(result.sentences.count >= 10)
        #expect(result.sentences.last?.tokens.upperBound == result.tokens.count)
        #expect(result.pipelineVersion == AnalysisPipeline.version)
    }

    @Test func isDeterministic() {
        #expect(AnalysisPipeline.analyze(Self.input) == AnalysisPipeline.analyze(Self.input))
    }

    @Test func reportsEveryStageToTheTimingHook() {
        final class Stages: @unchecked Sendable { var seen: [AnalysisStage] = [] }
        let stages = Stages()
        _ = AnalysisPipeline.analyze(Self.input, timing: { stage, _ in stages.seen.append(stage) })
        #expect(stages.seen == AnalysisStage.allCases)
    }

    @Test func encodesTheAgreedJSONKeys() throws {
        let result = AnalysisPipeline.analyze(Self.input)
        let data = try JSONEncoder().encode(result)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "lang", "lang_confidence", "sentences", "tokens", "keyphrases", "metadata"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let metadata = try #require(json["metadata"] as? [String: Any])
        #expect(Set(metadata.keys) == ["author", "credit", "agency", "dateline"])
        let phrase = try #require((json["keyphrases"] as? [[String: Any]])?.first)
        #expect(Set(phrase.keys) == ["phrase", "score"])
    }

    @Test func emptyAndTinyInputs() {
        let empty = AnalysisPipeline.analyze(AnalysisInput(id: "e", text: ""))
        #expect(empty.language == "und")
        #expect(empty.tokens.isEmpty && empty.sentences.isEmpty && empty.keyphrases.isEmpty)
        let tiny = AnalysisPipeline.analyze(AnalysisInput(id: "t", text: "Hallo!", declaredLanguage: "de"))
        #expect(tiny.language == "de")
    }

    /// Hostile input: random mixes of the characters every stage treats specially never crash,
    /// and offsets always map back.
    @Test func survivesRandomInput() {
        let palette: [String] = "aZ ß.,:;!?…-–—()[]„“”\"'’©/0123456789\n\n\t".map(String.init) + ["🇩🇪", "e\u{301}", "\u{2029}", "(dpa)", "Von: ", "By ", "Foto: ", "Berlin – "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(round % 97) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(palette[Int(state >> 33) % palette.count])
            }
            let result = AnalysisPipeline.analyze(AnalysisInput(id: "\(round)", text: text, title: "a", declaredLanguage: nil))
            let scalars = Array(result.cleanBody.unicodeScalars)
            for token in result.tokens {
                #expect(token.start < token.end && token.end <= scalars.count)
            }
            #expect(result.sentences.last?.tokens.upperBound ?? 0 == result.tokens.count)
        }
    }
}
