import Foundation
import Testing

@testable import WirewatchCLI

/// `JSONText` must print exactly what `JSONOutput.print` (JSONSerialization) prints for the same value.
@Suite struct JSONTextTests {
    static func foundation(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func text(_ value: JSONText) -> String { String(decoding: value.rendered(), as: UTF8.self) }

    @Test func matchesJSONSerializationLayout() throws {
        let strings = [
            "http://127.0.0.1:8080/f.xml", "\"6b0bce80-1ae47\"", "Sun, 29 Nov 2026 07:04:32 GMT", "",
            "quote \" backslash \\ slash / tab \t cr \r lf \n bell \u{7} unit \u{1f} nul \u{0} bs \u{8} ff \u{c}",
            "Straße „Zitat“ 東京 😀", "\u{7f}\u{85}\u{2028}",
        ]
        let doubles = [0, 1, 0.5, 0.013711790999877849, 123456.789, 1e-7, 2.5e20, 3.0, -0.25, 1e16]
        let plain: [String: Any] = [
            "feeds": strings.map { ["error": NSNull(), "url": $0, "bytes": $0.utf8.count] as [String: Any] },
            "numbers": doubles, "empty": [Any](), "nested": ["a": [1, 2], "b": [String: Any]()],
            "yes": true, "no": false, "negative": -42,
        ]
        let typed = JSONText.object([
            ("empty", .array([])),
            ("feeds", .array(strings.map { .object([("bytes", .int($0.utf8.count)), ("error", .null), ("url", .string($0))]) })),
            ("negative", .int(-42)),
            ("nested", .object([("a", .array([.int(1), .int(2)])), ("b", .object([]))])),
            ("no", .bool(false)),
            ("numbers", .array(doubles.map(JSONText.double))),
            ("yes", .bool(true)),
        ])
        #expect(Self.text(typed) == (try Self.foundation(plain)))
    }

    @Test func fetchReportOfNoFeeds() throws {
        let typed = JSONText.object([
            ("feeds", .array([])), ("feeds_failed", .int(0)), ("feeds_ok", .int(0)), ("seconds", .double(0.001075125)),
        ])
        let plain: [String: Any] = ["seconds": 0.001075125, "feeds_ok": 0, "feeds_failed": 0, "feeds": [Any]()]
        #expect(Self.text(typed) == (try Self.foundation(plain)))
    }
}

@Suite struct ValidatorStateTests {
    @Test func writtenStateReadsBackAndMatchesJSONEncoder() throws {
        let state: [String: ValidatorState.Validators] = [
            "http://b.example/feed.xml": .init(etag: "\"v1\"", lastModified: "Sun, 29 Nov 2026 07:04:32 GMT"),
            "http://a.example/x?y=1&z=\"2\"": .init(etag: nil, lastModified: "Sat, 28 Nov 2026 00:00:00 GMT"),
            "file:///srv/feeds/ü.xml": .init(etag: "W/\"\\tab\u{1}\"", lastModified: nil),
            "http://c.example/": .init(etag: nil, lastModified: nil),
        ]
        let written = Data(ValidatorState.json(state).rendered(pretty: false))
        let decoded = try JSONDecoder().decode([String: ValidatorState.Validators].self, from: written)
        let reference = try JSONDecoder().decode(
            [String: ValidatorState.Validators].self, from: try JSONEncoder().encode(state))
        for (url, validators) in state {
            #expect(decoded[url]?.etag == validators.etag && decoded[url]?.lastModified == validators.lastModified)
            #expect(reference[url]?.etag == validators.etag && reference[url]?.lastModified == validators.lastModified)
        }
        #expect(decoded.count == state.count)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.hasPrefix("{\"file:///srv/feeds/ü.xml\":{\"etag\":\"W/\\\"\\\\tab\\u0001\\\"\"}"))
    }
}
