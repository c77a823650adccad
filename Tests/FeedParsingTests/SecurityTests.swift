import FeedModel
import FeedParsing
import Foundation
import Testing

/// Hostile documents: nothing is read from outside, entity expansion stays bounded.
@Suite struct SecurityTests {
    private func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func externalEntityReadsNothing() throws {
        var feed = ParsedFeed()
        let seconds = try timed { feed = try FeedParser.parse(try Fixture.bytes("xxe.xml")) }
        let everything = FeedparserJSON.jsonLine(feed)
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
        #expect(feed.title == "XXE  Test")
        #expect(seconds < 1)
    }

    @Test func billionLaughsStopsQuickly() throws {
        var result: Result<ParsedFeed, FeedParseError>?
        let seconds = try timed { result = FeedParser.parseResult(try Fixture.bytes("billion-laughs.xml")) }
        #expect(seconds < 1)
        if case .success(let feed) = result {
            #expect(feed.bozo)
            #expect((feed.title ?? "").utf8.count < 100_000)
        }
    }

    @Test func quadraticBlowupStopsQuickly() {
        let big = String(repeating: "A", count: 100_000)
        let refs = String(repeating: "&a;", count: 50_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"\(big)\">]><rss version=\"2.0\"><channel><title>\(refs)</title></channel></rss>"
        var result: Result<ParsedFeed, FeedParseError>?
        let seconds = timed { result = FeedParser.parseResult(Array(xml.utf8)) }
        #expect(seconds < 1)
        if case .success(let feed) = result {
            #expect((feed.title ?? "").utf8.count <= 10_000_000)
        }
    }
}

/// Parsers share nothing: many documents parse at once on several threads.
@Suite struct ConcurrencyTests {
    @Test func parallelParsing() async throws {
        let data = try Fixture.bytes("german-rss20-latin1.xml")
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask { (try? FeedParser.parse(data))?.entries.count ?? -1 }
            }
            var all: [Int] = []
            for await c in group { all.append(c) }
            return all
        }
        #expect(counts == Array(repeating: 2, count: 32))
        #expect(HTMLText.plainText("<p>a</p><p>b</p>") == "a\n\nb")
    }
}
