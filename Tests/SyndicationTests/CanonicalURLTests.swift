import Syndication
import Testing

@Suite("Canonical URLs")
struct CanonicalURLTests {
    @Test("tracking, AMP and mobile variants fold into one URL", arguments: [
        "https://www.example.org/politik/artikel-123",
        "http://www.example.org/politik/artikel-123/",
        "https://WWW.Example.ORG:443/politik/artikel-123?utm_source=rss&utm_medium=feed",
        "https://example.org/politik/artikel-123#kommentare",
        "https://m.example.org/politik/artikel-123?fbclid=abc&gclid=x&mc_cid=1&mc_eid=2",
        "https://mobile.example.org/politik/artikel-123",
        "https://amp.example.org/politik/artikel-123",
        "https://www.example.org/amp/politik/artikel-123",
        "https://www.example.org/politik/artikel-123/amp",
        "https://www.example.org/politik/artikel-123?amp=1",
        "http://www.example.org:80/politik/artikel-123?outputType=amp",
    ])
    func folds(_ url: String) {
        #expect(CanonicalURL.normalise(url) == "https://example.org/politik/artikel-123")
    }

    @Test("the .amp.html suffix becomes .html")
    func ampHTML() {
        #expect(CanonicalURL.normalise("https://www.example.org/a/b-771204.amp.html") == "https://example.org/a/b-771204.html")
    }

    @Test("meaningful parameters stay, sorted")
    func keepsParameters() {
        #expect(CanonicalURL.normalise("https://example.org/article?page=2&id=7&utm_campaign=x") == "https://example.org/article?id=7&page=2")
    }

    @Test("non-http and relative URLs have no canonical form", arguments: ["mailto:a@b.example", "/relative/path", "", "urn:uuid:1"])
    func rejects(_ url: String) {
        #expect(CanonicalURL.normalise(url) == nil)
    }

    @Test("a host that is only a prefix is kept")
    func shortHost() {
        #expect(CanonicalURL.normalise("https://m.example/x") == "https://m.example/x")
    }
}
