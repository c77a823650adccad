import Foundation
import TestSupport
import Testing

/// `wirewatch digest` and `wirewatch entities` as a user runs them.
@Suite struct DigestCommandTests {
    let directory: TemporaryDirectory
    let cli: CommandRunner

    init() throws {
        directory = try TemporaryDirectory()
        cli = CommandRunner(environment: ["HOME": directory.path, "XDG_DATA_HOME": directory.file("data"), "XDG_CONFIG_HOME": directory.file("config")])
        try directory.write("database = \"db/w.sqlite\"\ntimezone = \"Europe/Berlin\"\n[digest]\noutput_dir = \"out\"\n", to: "w.toml")
    }

    @Test func digestOfADayIsStoredWrittenAndReplacedOnRerun() async throws {
        let args = ["digest", "--config", directory.file("w.toml"), "--date", "2026-11-28", "--format", "json"]
        let first = try await cli.run(args)
        #expect(first.status == 0, "\(first.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(json["date"] as? String == "2026-11-28" && json["time_zone"] as? String == "Europe/Berlin")
        #expect((json["items_per_hour"] as? [Int])?.count == 24)
        let stories = try #require(json["stories"] as? [String: Any])
        #expect((stories["stories"] as? [Any])?.isEmpty == true)
        #expect((stories["note"] as? String)?.contains("not connected") != true)
        for ext in ["md", "html", "json"] {
            #expect(FileManager.default.fileExists(atPath: directory.file("out/2026-11-28.\(ext)")))
        }
        let quiet = try await cli.run(args + ["--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty)
        let count = try await cli.run(["digest", "--config", directory.file("w.toml"), "--date", "2026-11-28", "--output", directory.file("d.html"), "--format", "html"])
        #expect(count.status == 0 && count.stdout.isEmpty)
        #expect(try String(contentsOfFile: directory.file("d.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        directory.remove()
    }

    @Test func badArgumentsExitNonZeroWithOneLine() async throws {
        let bad = try await cli.run(["digest", "--config", directory.file("w.toml"), "--date", "2026-13-01"])
        #expect(bad.status != 0 && bad.stderr.contains("2026-13-01"))
        let format = try await cli.run(["digest", "--config", directory.file("w.toml"), "--format", "pdf"])
        #expect(format.status != 0 && format.stderr.contains("--format"))
        directory.remove()
    }

    @Test func entitiesPrintsJSONArray() async throws {
        let result = try await cli.run(["entities", "--config", directory.file("w.toml"), "--since", "2026-11-01", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any] != nil)
        directory.remove()
    }
}
