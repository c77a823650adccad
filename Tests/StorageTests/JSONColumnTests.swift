import Foundation
import Testing

@testable import Storage

@Suite("JSON list columns")
struct JSONColumnTests {
    @Test("an element is found in the encoded list exactly when the decoded list has it (or left undecided)")
    func elementSearchMatchesDecoding() {
        let pool = [
            "Olaf Scholz", "Scholz", "", ",", "\",\"", "[", "]", "a,b", "a\",\"b", "\"", "\\", "back\\slash", "tab\there",
            "line\nbreak", "Köln", "東京", "😀", "a/b", "Scholz\"", "\"Scholz", "Merz, Friedrich", "x\u{2028}y", "Ü",
        ]
        var random = SeededRandom(seed: 7)
        var decided = 0
        for _ in 0..<2_000 {
            let list = (0..<Int.random(in: 0...5, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let text = JSONColumn.encode(list)
            let decoded = JSONColumn.decode([String].self, text) ?? []
            #expect(decoded == list)
            for probe in pool {
                let found = JSONColumn.list(text, has: probe)
                // Never a false "has": that would skip recording a new alias.
                if found { #expect(decoded.contains(probe), "\(text) has \(probe)?") }
                let plain = !probe.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" || $0 == "\u{2028}" }
                if plain, decoded.contains(probe) {
                    #expect(found, "\(text) should have \(probe)")
                    decided += 1
                }
            }
        }
        #expect(decided > 1_000)
    }
}
