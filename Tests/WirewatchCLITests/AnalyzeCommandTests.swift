import Foundation
import TestSupport
import Testing

/// `wirewatch analyze` as other tools call it: JSON lines in, JSON lines out, offsets into `text`.
@Suite struct AnalyzeCommandTests {
    func run(_ input: String) async throws -> [[String: Any]] {
        let result = try await CommandRunner().run(["analyze"], stdin: input)
        #expect(result.status == 0)
        return try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func slice(_ text: String, _ object: [String: Any]) -> String {
        let scalars = Array(text.unicodeScalars)
        let start = object["start"] as? Int ?? 0
        let end = object["end"] as? Int ?? 0
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    @Test func germanArticleWithEntitiesQuotesAndMetadata() async throws {
        let text = "Von: Bona Hyun\n\nPeking – China empfängt heute den belarussischen Machthaber Alexander Lukaschenko. "
            + "„Wir sind zur Zusammenarbeit bereit“, sagte die Sprecherin des Außenministeriums, Hua Chunying. "
            + "Lukaschenko traf später Xi Jinping. © Roman Pilipey/dpa (bohy)"
        let line = try JSONSerialization.data(withJSONObject: ["id": 7, "text": text, "title": "Lukaschenko in Peking", "lang": "de"])
        let results = try await run(String(decoding: line, as: UTF8.self) + "\nnot json\n")
        #expect(results.count == 2)
        let r = results[0]
        #expect(r["id"] as? String == "7")
        #expect(r["lang"] as? String == "de")
        #expect((r["lang_confidence"] as? Double ?? 0) > 0.5)
        let metadata = try #require(r["metadata"] as? [String: Any])
        #expect(metadata["author"] as? String == "Bona Hyun")
        #expect(metadata["dateline"] as? String == "Peking")
        #expect(metadata["credit"] as? String == "Roman Pilipey/dpa")
        let tokens = try #require(r["tokens"] as? [[String: Any]])
        #expect(tokens.allSatisfy { slice(text, $0) == $0["text"] as? String })
        let entities = try #require(r["entities"] as? [[String: Any]])
        #expect(entities.allSatisfy { slice(text, $0) == $0["text"] as? String })
        #expect(entities.contains { $0["canonical"] as? String == "Alexander Lukaschenko" && $0["kind"] as? String == "PER" })
        #expect(entities.contains { $0["text"] as? String == "Peking" || $0["text"] as? String == "China" })
        let quotes = try #require(r["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first { $0["kind"] as? String == "direct" })
        #expect(slice(text, quote) == "Wir sind zur Zusammenarbeit bereit")
        #expect(quote["speaker"] as? String == "Hua Chunying")
        #expect(quote.keys.contains("speaker_canonical"))
        #expect((r["keyphrases"] as? [[String: Any]])?.isEmpty == false)
        #expect(results[1]["error"] != nil && results[1]["id"] as? String == "line 2")
    }
}
