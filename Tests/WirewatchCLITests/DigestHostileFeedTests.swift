import Foundation
import TestSupport
import Testing

/// A feed full of markup, ingested and analysed for real, leaves nothing active in the HTML digest.
@Suite struct DigestHostileFeedTests {
    static let hostile = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;b"

    static func feed() -> String {
        let body = "Peking – Bundeskanzler Friedrich Merz traf am Montag in Peking ein. „Wir wollen die Zusammenarbeit mit China "
            + "in vielen Bereichen vertiefen und fair handeln“, sagte Friedrich Merz am Abend. &lt;script&gt;alert(3)&lt;/script&gt;"
        return SampleFeeds.rss(title: hostile, items: (1...3).map {
            .init(guid: "h\($0)", link: $0 == 1 ? "javascript:alert(4)" : "https://x.example/\($0)", title: "\(hostile) Titel \($0)", body: body)
        })
    }

    @Test func hostileFeedStaysTextInTheHTMLDigest() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cli = CommandRunner(environment: ["HOME": directory.path, "XDG_DATA_HOME": directory.file("data"), "XDG_CONFIG_HOME": directory.file("config")])
        let server = try FeedServer()
        try await server.start()
        await server.set("/h.xml", .feed(Self.feed()))
        try directory.write("database = \"w.sqlite\"\n[fetch]\nallow_private_addresses = true\nhost_gap = 0\n[[feed]]\nurl = \"\(await server.url("/h.xml"))\"\n", to: "w.toml")
        #expect(try await cli.run(["ingest", "--quiet", "--config", directory.file("w.toml")]).status == 0)
        await server.set("/h.xml", .init(status: 500, body: Array("<script>alert(5)</script>".utf8)))
        _ = try await cli.run(["ingest", "--quiet", "--config", directory.file("w.toml")])
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        let tomorrow = ISO8601DateFormatter.string(from: Date().addingTimeInterval(86400), timeZone: .gmt, formatOptions: [.withFullDate])
        let result = try await cli.run(["digest", "--config", directory.file("w.toml"), "--since", today, "--until", tomorrow, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout.lowercased()
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile feed title is shown as text in feed health")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("javascript:alert(4)\""))
        #expect(html.matches(of: /<[^>]*\son[a-z]+\s*=/).isEmpty)
        #expect(html.matches(of: /href="([^"]*)"/).allSatisfy { $0.output.1.hasPrefix("http") })
    }
}
