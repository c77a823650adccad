import Foundation
import TestSupport
import Testing

/// The binary as a user meets it: exit statuses, one-line errors, JSON shapes.
@Suite struct CommandLineTests {
    let directory: TemporaryDirectory
    let cli: CommandRunner

    init() throws {
        directory = try TemporaryDirectory()
        cli = CommandRunner(environment: ["HOME": directory.path, "XDG_DATA_HOME": directory.file("data"), "XDG_CONFIG_HOME": directory.file("config")])
    }

    @Test func badConfigExitsTwoNamingFileLineAndKey() async throws {
        try directory.write("[fetch]\ntimeout = \"soon\"\n", to: "bad.toml")
        let result = try await cli.run(["ingest", "--config", directory.file("bad.toml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.toml:2: key 'fetch.timeout'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        directory.remove()
    }

    @Test func missingConfigFileExitsTwo() async throws {
        let result = try await cli.run(["status", "--config", directory.file("nope.toml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such configuration file"))
        directory.remove()
    }

    @Test func unwritableDatabaseExitsTwo() async throws {
        try directory.write("database = \"/proc/wirewatch/db.sqlite\"\n", to: "w.toml")
        let result = try await cli.run(["ingest", "--config", directory.file("w.toml")])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("wirewatch: "))
        directory.remove()
    }

    @Test func ingestExitsOneWhenSomeFeedsFailAndZeroWhenAllSucceed() async throws {
        let server = try FeedServer()
        try await server.start()
        await server.set("/ok.xml", .feed(SampleFeeds.rss(title: "OK", items: [.init(guid: "1", link: "https://x.example/1", title: "Eins", body: "Text")])))
        let good = "[fetch]\nallow_private_addresses = true\nhost_gap = 0\n[[feed]]\nurl = \"\(await server.url("/ok.xml"))\"\n"
        try directory.write(good, to: "good.toml")
        try directory.write(good + "[[feed]]\nurl = \"\(await server.url("/missing.xml"))\"\n", to: "mixed.toml")

        let ok = try await cli.run(["ingest", "--quiet", "--config", directory.file("good.toml")])
        #expect(ok.status == 0)
        let mixed = try await cli.run(["ingest", "--json", "--config", directory.file("mixed.toml")])
        #expect(mixed.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(mixed.stdout.utf8)) as? [String: Any])
        #expect(report["feeds_failed"] as? Int == 1)

        let status = try await cli.run(["status", "--json", "--config", directory.file("mixed.toml")])
        #expect(status.status == 0)
        let feeds = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        #expect(feeds.count == 2)
        for key in ["url", "title", "enabled", "last_outcome", "last_http_status", "last_error", "error_count", "next_check_at", "disabled_reason", "items_total"] {
            #expect(feeds.allSatisfy { $0.keys.contains(key) }, "status --json lacks \(key)")
        }
        let missing = try #require(feeds.first { ($0["url"] as? String)?.hasSuffix("/missing.xml") == true })
        #expect(missing["last_http_status"] as? Int == 404)
        #expect((missing["next_check_at"] as? String).flatMap { try? Date($0, strategy: .iso8601) } != nil)

        let items = try await cli.run(["items", "--json", "--config", directory.file("mixed.toml")])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(items.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(Set(rows[0].keys).isSuperset(of: ["id", "feed_url", "title", "url", "published_at", "first_seen_at"]))

        let runs = try await cli.run(["runs", "--last", "1", "--json", "--config", directory.file("mixed.toml")])
        let runRows = try #require(try JSONSerialization.jsonObject(with: Data(runs.stdout.utf8)) as? [[String: Any]])
        #expect(runRows.count == 1 && runRows[0]["status"] as? String == "partial")
        await server.stop()
        directory.remove()
    }

    @Test func underSystemdLogLinesCarryJournalPriorities() async throws {
        try directory.write("[[feed]]\nurl = \"missing.xml\"\n", to: "j.toml")
        let journal = CommandRunner(environment: ["HOME": directory.path, "XDG_DATA_HOME": directory.file("data"), "JOURNAL_STREAM": "8:1234"])
        let result = try await journal.run(["ingest", "--quiet", "--log-level", "info", "--config", directory.file("j.toml")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<4>fetch failed") })
        #expect(lines.contains { $0.hasPrefix("<6>run finished") })
        #expect(lines.allSatisfy { $0.hasPrefix("<") })
        directory.remove()
    }

    @Test func fetchChecksFeedsWithoutStoringAndKeepsValidatorsInItsStateFile() async throws {
        let server = try FeedServer()
        try await server.start()
        await server.set("/e.xml", .feed(SampleFeeds.rss(title: "E", items: []), etag: "\"v1\""))
        try directory.write("[fetch]\nallow_private_addresses = true\n[[feed]]\nurl = \"\(await server.url("/e.xml"))\"\n", to: "f.toml")
        let args = ["fetch", "--json", "--config", directory.file("f.toml"), "--state", directory.file("state.json")]
        let first = try await cli.run(args)
        let second = try await cli.run(args)
        #expect(first.status == 0 && second.status == 0)
        func outcomes(_ r: CommandRunner.Result) throws -> [String] {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (report["feeds"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String }
        }
        #expect(try outcomes(first) == ["ok"])
        #expect(try outcomes(second) == ["not_modified"])
        #expect(!FileManager.default.fileExists(atPath: directory.file("data/wirewatch/wirewatch.sqlite")))
        await server.stop()
        directory.remove()
    }

    @Test func feedsAddListRemoveEditTheConfigFile() async throws {
        let path = directory.file("feeds.toml")
        try directory.write("# analyst's feeds\n", to: "feeds.toml")
        #expect(try await cli.run(["feeds", "add", "https://nord.example/rss.xml", "--tag", "de", "--config", path]).status == 0)
        #expect(try await cli.run(["feeds", "add", "https://nord.example/rss.xml", "--config", path]).status == 2)
        let list = try await cli.run(["feeds", "list", "--config", path])
        #expect(list.stdout.contains("https://nord.example/rss.xml"))
        #expect(try await cli.run(["feeds", "remove", "https://nord.example/rss.xml", "--config", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("# analyst's feeds"))
        #expect(try await cli.run(["feeds", "list", "--config", path]).stdout.isEmpty)
        directory.remove()
    }
}
