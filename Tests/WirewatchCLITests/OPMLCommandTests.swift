import Foundation
import TestSupport
import Testing

/// `wirewatch feeds import` and `feeds export` through the binary.
@Suite struct OPMLCommandTests {
    @Test func importAppendsFeedTablesOnceAndExportRoundTrips() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cli = CommandRunner(environment: ["HOME": directory.path, "XDG_DATA_HOME": directory.file("data"), "XDG_CONFIG_HOME": directory.file("config")])
        try directory.write("# my feeds\ndatabase = \"w.sqlite\"\n", to: "w.toml")
        try directory.write(OPMLFixtures.freshRSS, to: "fresh.opml")
        let imported = try await cli.run(["feeds", "import", directory.file("fresh.opml"), "--config", directory.file("w.toml")])
        #expect(imported.status == 0, "\(imported.stderr)")
        let config = try String(contentsOfFile: directory.file("w.toml"), encoding: .utf8)
        #expect(config.hasPrefix("# my feeds\n"))
        #expect(config.contains("tags = [\"Nachrichten\", \"Regional\", \"Brandenburg\"]"))
        let again = try await cli.run(["feeds", "import", directory.file("fresh.opml"), "--config", directory.file("w.toml")])
        #expect(again.stdout.contains("imported 0 of 2"))
        let exported = try await cli.run(["feeds", "export", "--config", directory.file("w.toml")])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("xmlUrl=\"https://www.lr-online.de/feed.rss\"") && exported.stdout.contains("<outline text=\"Nachrichten\""))
    }
}
