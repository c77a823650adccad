import FeedModel
import Foundation
import Storage
import TestSupport
import Testing

/// `wirewatch run` as a real process against a loopback server: fetches on schedule, picks up a
/// changed feed, reloads its configuration on SIGHUP and stops cleanly on SIGTERM.
@Suite struct DaemonProcessTests {
    func config(_ urls: [String], database: String) -> String {
        var text = """
            database = "\(database)"
            [fetch]
            allow_private_addresses = true
            host_gap = 0
            [schedule]
            min_interval = "1s"
            default_interval = "1s"

            """
        for url in urls { text += "[[feed]]\nurl = \"\(url)\"\n" }
        return text
    }

    func waitFor(_ what: String, timeout: Double = 15, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("timed out waiting for \(what)")
    }

    @Test func daemonFetchesReloadsAndStops() async throws {
        let server = try FeedServer()
        try await server.start()
        let item1 = SampleFeeds.Item(guid: "1", link: "https://a.example/1", title: "Eins", body: "x")
        let item2 = SampleFeeds.Item(guid: "2", link: "https://a.example/2", title: "Zwei", body: "y")
        await server.set("/a.xml", .feed(SampleFeeds.rss(title: "A", items: [item1])))
        await server.set("/b.xml", .feed(SampleFeeds.rss(title: "B", items: [item2])))
        let directory = try TemporaryDirectory()
        let database = directory.file("db.sqlite")
        let configPath = directory.file("wirewatch.toml")
        try directory.write(config([await server.url("/a.xml")], database: database), to: "wirewatch.toml")

        let notify = try NotifySocket()
        let cli = CommandRunner(environment: ["HOME": directory.path, "NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "2000000"])
        let daemon = try cli.start(
            ["run", "--config", configPath, "--log-level", "info"], stdout: directory.file("out.log"),
            stderr: directory.file("err.log"))
        let store = try Store(path: database)
        defer {
            if !daemon.isRunning, daemon.terminationStatus != 0 {
                Issue.record("daemon exited \(daemon.terminationStatus): \((try? String(contentsOfFile: directory.file("err.log"), encoding: .utf8)) ?? "")")
            }
        }

        try await waitFor("first fetch") { try store.items(ItemQuery()).count == 1 }
        try await waitFor("a second scheduled fetch") { await server.hits("/a.xml") >= 2 }

        await server.set("/a.xml", .feed(SampleFeeds.rss(title: "A", items: [item1, item2])))
        try await waitFor("the new item") { try store.items(ItemQuery(feedURL: await server.url("/a.xml"))).count == 2 }

        try directory.write(config([await server.url("/a.xml"), await server.url("/b.xml")], database: database), to: "wirewatch.toml")
        kill(daemon.processIdentifier, SIGHUP)
        try await waitFor("the feed added by SIGHUP") { try store.items(ItemQuery(feedURL: await server.url("/b.xml"))).count == 1 }

        var messages = notify.messages
        #expect(messages.first == "READY=1")
        #expect(messages.contains { $0.hasPrefix("STATUS=") && $0.contains("cycles") })
        #expect(messages.contains("WATCHDOG=1"))
        #expect(messages.contains("RELOADING=1"))

        let stopAsked = Date()
        kill(daemon.processIdentifier, SIGTERM)
        try await waitFor("exit after SIGTERM", timeout: 10) { !daemon.isRunning }
        #expect(Date().timeIntervalSince(stopAsked) < 10)
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)
        #expect(daemon.terminationReason == .exit)
        try await Task.sleep(for: .milliseconds(300))
        messages = notify.messages
        notify.close()
        #expect(messages.last == "STOPPING=1")

        let reopened = try Store(path: database)
        #expect(try reopened.runs(last: 1000).allSatisfy { $0.status != .running })
        #expect(try reopened.items(ItemQuery()).count == 3)
        let log = try String(contentsOfFile: directory.file("err.log"), encoding: .utf8)
        #expect(log.contains("configuration reloaded"))
        await server.stop()
        directory.remove()
    }
}
