import Foundation
import Testing

@testable import Analysis

/// The seed article: every person and place it names is found with its canonical key.
@Suite struct EntitySeedTests {
    static let people = ["PER:lukaschenko", "PER:xi-jinping", "PER:putin", "PER:hua-chunying", "PER:qin-gang", "PER:aleinik", "PER:blinken"]
    static let places = ["LOC:china", "LOC:belarus", "LOC:russia", "LOC:ukraine", "LOC:beijing", "LOC:moscow"]

    static func fixture() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "seed-article-de", withExtension: "txt", subdirectory: "Fixtures/quotes"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func check(_ text: String) {
        let (_, _, entities) = EntityTestText.analyse(text, language: "de")
        let keys = Set(entities.map(\.key))
        for key in people + places { #expect(keys.contains(key), "missing \(key) in \(keys.sorted())") }
        let byKey = Dictionary(grouping: entities, by: \.key)
        #expect(byKey["PER:lukaschenko"]?.first?.canonical == "Alexander Lukaschenko")
        #expect(byKey["LOC:beijing"]?.first?.canonical == "Peking")
        #expect(byKey["LOC:moscow"]?.contains { $0.text == "Moskaus" } == true)
        #expect(!entities.contains { EntityRoles.isRole($0.text) }, "a role became a name")
    }

    @Test func seedFixture() throws {
        Self.check(try Self.fixture())
    }

    @Test func seedInPlace() throws {
        let folder = AnalysisFixtures.shared.appendingPathComponent("seed")
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) else { return }
        for file in files where file.pathExtension == "txt" {
            Self.check(try String(contentsOf: file, encoding: .utf8))
        }
    }

    @Test func seedQuotes() throws {
        let text = try Self.fixture()
        let (tokens, sentences, entities) = EntityTestText.analyse(text, language: "de")
        let quotes = QuoteExtractor.extract(text: text, tokens: tokens, sentences: sentences, entities: entities, language: "de")
        for quote in quotes { print("quote \(quote.kind) [\(quote.speaker ?? "-") \(quote.speakerCanonical ?? "-")] \(quote.text)") }
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 2)
        #expect(direct.first?.speakerCanonical == "PER:hua-chunying")
        #expect(direct.last?.speakerCanonical == "PER:blinken")
        #expect(direct.first?.text.hasPrefix("Der belarussische Präsident") == true)
    }

    @Test func dumpSeedEntities() throws {
        let (_, _, entities) = EntityTestText.analyse(try Self.fixture(), language: "de")
        for e in entities { print("entity \(e.kind.rawValue) \(e.text) → \(e.canonical) \(e.key)") }
    }
}
