import FeedModel
import Foundation
import Testing

@testable import WirewatchCLI

@Suite struct ConfigLoaderTests {
    let loader = ConfigLoader(locator: ConfigLocator(environment: ["HOME": "/home/analyst"], currentDirectory: "/srv"))

    @Test func defaultsNeedNoFile() throws {
        let config = try loader.parse(text: "", path: "/etc/wirewatch/wirewatch.toml")
        #expect(config.database == "/home/analyst/.local/share/wirewatch/wirewatch.sqlite")
        #expect(config.fetch.maxConcurrent == 16 && config.fetch.maxPerHost == 1)
        #expect(config.fetch.maxBodyBytes == 15 * 1024 * 1024)
        #expect(config.feeds.isEmpty)
    }

    @Test func readsEveryDocumentedKey() throws {
        let text = """
            database = "data/ww.sqlite"
            timezone = "Europe/Berlin"
            [fetch]
            concurrency = 8
            per_host = 2
            host_gap = "2s"
            timeout = 20
            max_body_mib = 5
            allow_private_addresses = true
            user_agent_contact = "mailto:ops@example.test"
            [schedule]
            min_interval = "10m"
            max_interval = "12h"
            [[feed]]
            url = "https://Nord.Example/rss.xml"
            title = "Nordkurier"
            tags = ["de", "politik"]
            interval = "15m"
            [[feed]]
            url = "feeds/local.xml"
            enabled = false
            """
        let config = try loader.parse(text: text, path: "/etc/ww/wirewatch.toml")
        #expect(config.database == "/etc/ww/data/ww.sqlite")
        #expect(config.schedule.timeZone.identifier == "Europe/Berlin")
        #expect(config.fetch.maxConcurrent == 8 && config.fetch.maxPerHost == 2 && config.fetch.hostGap == 2)
        #expect(config.fetch.maxBodyBytes == 5 * 1024 * 1024 && config.fetch.allowPrivateAddresses)
        #expect(config.fetch.userAgent.contains("mailto:ops@example.test"))
        #expect(config.schedule.minInterval == 600 && config.schedule.maxInterval == 43200)
        #expect(config.feeds.map(\.url) == ["https://nord.example/rss.xml", "file:///etc/ww/feeds/local.xml"])
        #expect(config.feeds[0].tags == ["de", "politik"] && config.feeds[0].interval == 900)
        #expect(config.feeds[1].enabled == false)
    }

    @Test(arguments: [
        ("[fetch]\nconcurrency = \"many\"\n", 2, "fetch.concurrency"),
        ("database = 3\n", 1, "database"),
        ("\n[[feed]]\nurl = \"https://a.example/\"\n\n[[feed]]\nurl = \"https://b.example/\"\nintervall = 5\n", 7, "feed[1].intervall"),
        ("[[feed]]\ntitle = \"no url\"\n", 1, "feed[0].url"),
        ("[[feed]]\nurl = \"ftp://x.example/\"\n", 2, "feed[0].url"),
        ("timezone = \"Mars/Olympus\"\n", 1, "timezone"),
        ("[schedule]\nmin_interval = \"2h\"\nmax_interval = \"1h\"\n", 2, "schedule.min_interval"),
    ])
    func badValuesNameFileLineAndKey(text: String, line: Int, key: String) throws {
        let error = #expect(throws: ConfigError.self) { try loader.parse(text: text, path: "/etc/ww.toml") }
        #expect(error?.line == line)
        #expect(error?.key == key)
        #expect(error?.description.hasPrefix("/etc/ww.toml:\(line): key '\(key)'") == true)
    }

    @Test func syntaxErrorsCarryTheLine() throws {
        let error = #expect(throws: ConfigError.self) {
            try loader.parse(text: "database = \"a\"\n[fetch\nconcurrency = 1\n", path: "/etc/ww.toml")
        }
        #expect(error?.line == 2)
        #expect(error?.description.contains("invalid TOML") == true)
    }

    @Test func searchOrderIsExplicitThenEnvironmentThenUsualPlaces() throws {
        let locator = ConfigLocator(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/x"], currentDirectory: "/cwd")
        #expect(locator.searchPaths() == ["/cwd/wirewatch.toml", "/x/wirewatch/wirewatch.toml", "/etc/wirewatch/wirewatch.toml"])
        #expect(throws: ConfigError.self) { try locator.configPath(explicit: "/nonexistent/wirewatch.toml") }
        let systemd = ConfigLocator(environment: ["HOME": "/h", "STATE_DIRECTORY": "/var/lib/wirewatch"])
        #expect(systemd.defaultDatabasePath() == "/var/lib/wirewatch/wirewatch.sqlite")
    }

    @Test func editorAddsAndRemovesFeedsKeepingComments() throws {
        var editor = ConfigEditor(text: "# my feeds\n[fetch]\ntimeout = 5 # short\n\n[[feed]]\nurl = \"https://a.example/\"\n\n# second\n[[feed]]\nurl = \"https://b.example/\"\n")
        editor.addFeed(url: "https://c.example/", title: "C \"quoted\"", tags: ["x"], interval: "1h")
        #expect(editor.removeFeed { $0 == "https://a.example/" })
        #expect(!editor.removeFeed { $0 == "https://zzz.example/" })
        let config = try loader.parse(text: editor.text, path: "/etc/ww.toml")
        #expect(config.feeds.map(\.url) == ["https://b.example/", "https://c.example/"])
        #expect(config.feeds[1].title == "C \"quoted\"")
        #expect(editor.text.contains("# my feeds") && editor.text.contains("# short") && editor.text.contains("# second"))
    }
}
