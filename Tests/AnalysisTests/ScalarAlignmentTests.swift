import Testing

@testable import Analysis

@Suite struct ScalarAlignmentTests {
    @Test(arguments: [
        "Von: Bona Hyun\n\nPeking – China empfängt heute den belarussischen Machthaber Lukaschenko. © Roman Pilipey/dpa\n\n„Wir sind bereit“, sagte Hua Chunying. (bohy)",
        "LONDON — Britain and Norway agreed on Tuesday to pool navy patrols.\n\n\n   By Jane Doe",
        "Ein  Text   mit\tviel\n\nLeerraum – und Umlauten: Größe, Maß.",
    ])
    func tokensOfTheOutputPointIntoTheInput(text: String) {
        let result = AnalysisPipeline.analyze(AnalysisInput(id: "1", text: text)).offsets(relativeTo: text)
        let scalars = Array(text.unicodeScalars)
        #expect(!result.tokens.isEmpty)
        for token in result.tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text, "token \(token.text) at \(token.start)..<\(token.end)")
        }
        for sentence in result.sentences {
            #expect(sentence.start < sentence.end && sentence.end <= scalars.count)
        }
    }
}
