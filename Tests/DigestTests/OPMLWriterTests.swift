import Foundation
import Testing
@testable import Digest

@Suite("OPML writing")
struct OPMLWriterTests {
    @Test("folders per first tag, attributes escaped")
    func writes() {
        let text = OPMLWriter().write([
            OPMLFeed(url: "https://a.example/feed?x=1&y=2", title: "A & \"B\"", siteURL: "https://a.example/", tags: ["Politik", "Inland"]),
            OPMLFeed(url: "https://b.example/rss", title: nil),
        ], date: Date(timeIntervalSince1970: 0))
        #expect(text.contains("<opml version=\"2.0\">"))
        #expect(text.contains("<outline text=\"Politik\" title=\"Politik\">"))
        #expect(text.contains("xmlUrl=\"https://a.example/feed?x=1&amp;y=2\""))
        #expect(text.contains("title=\"A &amp; &quot;B&quot;\"") && text.contains("category=\"Inland\""))
        #expect(text.contains("Thu, 01 Jan 1970 00:00:00 GMT"))
    }
}
