import Foundation
import Testing
@testable import Digest

/// A feed full of markup must stay text in the digest.
@Suite("Digest escaping")
struct DigestEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</td></tr></table><b>",
        "<a href=\"javascript:alert(1)\">x</a>", "<!-- unclosed", "<style>body{display:none}</style>", "' onmouseover='alert(1)",
        "[click](javascript:alert(1))", "<iframe src=//evil.example>",
    ]
    static let badURLs = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "file:///etc/passwd"]

    static let allowedTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "p", "span", "b", "br", "ul", "li",
        "table", "tr", "th", "td", "blockquote", "a", "svg", "rect", "text", "polyline", "circle",
    ]

    func render(_ payload: String, url: String) -> String {
        HTMLRenderer().render(SampleDigest.make(text: { "\($0) \(payload)" }, url: url))
    }

    @Test("no tag, event handler or script from a feed is active", arguments: hostile)
    func noActiveMarkup(payload: String) throws {
        let html = render(payload, url: "https://example.org/a")
        let tags = html.matches(of: /<\/?([!a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() }
        #expect(Set(tags).isSubset(of: Self.allowedTags), "unexpected tags \(Set(tags).subtracting(Self.allowedTags))")
        #expect(html.matches(of: /<[^>]*\son[a-z]+\s*=/.ignoresCase()).isEmpty)
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<iframe"))
        #expect(html.components(separatedBy: "<style>").count == 2, "only the digest's own stylesheet")
    }

    @Test("links are http(s) only: other schemes are dropped", arguments: badURLs)
    func onlyHTTPLinks(url: String) {
        let html = render("", url: url)
        let hrefs = html.matches(of: /href\s*=\s*"([^"]*)"/.ignoresCase()).map { String($0.output.1) }
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") }, "\(hrefs)")
        let markdown = MarkdownRenderer().render(SampleDigest.make(url: url))
        #expect(!markdown.lowercased().contains("](javascript") && !markdown.contains("](data:"))
    }

    @Test("Markdown escapes feed text so it cannot become links or HTML")
    func markdownEscapes() {
        let markdown = MarkdownRenderer().render(SampleDigest.make(text: { "\($0) [click](javascript:alert(1)) <b>" }))
        #expect(!markdown.contains("[click](javascript"))
        #expect(!markdown.contains("<b>"))
    }

    @Test("random mixtures of markup fragments never open a tag or attribute")
    func randomFragments() {
        let fragments = ["<", ">", "\"", "'", "&", "script", "img", " onerror=", "javascript:", "/", " ", "=", "<!--", "]]>", "&lt;", "\u{0}", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let payload = (0..<12).map { _ in fragments.randomElement(using: &generator)! }.joined()
            let html = render(payload, url: "https://example.org/" + payload)
            let tags = Set(html.matches(of: /<\/?([!a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() })
            #expect(tags.isSubset(of: Self.allowedTags), "payload \(payload)")
            let unquoted = html.replacing(/"[^"]*"/, with: "\"\"")
            #expect(unquoted.matches(of: /<[^>]*\son[a-z]+\s*=/.ignoresCase()).isEmpty, "payload \(payload)")
        }
    }
}
