import FeedModel
import Fetching
import Foundation
import Ingest
import TOMLKit

/// Reads `wirewatch.toml` into a `Config`: defaults, then the file, then command-line overrides.
struct ConfigLoader {
    var locator = ConfigLocator()

    /// Loads the configuration named by `--config` / $WIREWATCH_CONFIG or found in the usual places.
    func load(explicitPath: String?, databaseOverride: String?) throws -> Config {
        let path = try locator.configPath(explicit: explicitPath)
        var config = try path.map(read) ?? defaults(sourcePath: nil)
        if let databaseOverride { config.database = locator.absolute(databaseOverride) }
        return config
    }

    /// Parses one file; every problem is a `ConfigError` with file, line and key.
    func read(path: String) throws -> Config {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(text: text, path: path)
    }

    func parse(text: String, path: String) throws -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: path, line: error.source.begin.line, message: "invalid TOML: \(error.description)")
        }
        let root = TableReader(table: table, path: "", file: path, lines: TOMLLineIndex(text: text))
        return try build(root, path: path)
    }

    private func defaults(sourcePath: String?) -> Config {
        Config(
            sourcePath: sourcePath, database: locator.defaultDatabasePath(), fetch: FetchOptions(),
            schedule: ScheduleSettings(), feeds: [])
    }

    private func build(_ root: TableReader, path: String) throws -> Config {
        try root.rejectUnknownKeys(["database", "timezone", "fetch", "schedule", "analysis", "digest", "feed"])
        let directory = (path as NSString).deletingLastPathComponent
        var config = defaults(sourcePath: path)
        if let database = try root.string("database") {
            config.database = locator.absolute(database, relativeTo: directory)
        }
        if let zone = try root.string("timezone") {
            guard let timeZone = TimeZone(identifier: zone) else {
                throw root.error("timezone", "unknown time zone '\(zone)' (use an IANA name such as Europe/Berlin)")
            }
            config.schedule.timeZone = timeZone
        }
        if let fetch = try root.subtable("fetch") { config.fetch = try readFetch(fetch) }
        if let schedule = try root.subtable("schedule") { try readSchedule(schedule, into: &config.schedule) }
        if let analysis = try root.subtable("analysis") {
            try analysis.rejectUnknownKeys(["enabled", "keyphrases"])
            config.analysis.enabled = try analysis.bool("enabled") ?? config.analysis.enabled
            config.analysis.keyphrases = try analysis.int("keyphrases", range: 0...100) ?? config.analysis.keyphrases
        }
        if let digest = try root.subtable("digest") {
            try digest.rejectUnknownKeys(["output_dir"])
            config.digest.outputDirectory = try digest.string("output_dir").map { locator.absolute($0, relativeTo: directory) }
        }
        config.feeds = try readFeeds(root, directory: directory)
        return config
    }

    private func readFetch(_ t: TableReader) throws -> FetchOptions {
        try t.rejectUnknownKeys([
            "concurrency", "per_host", "host_gap", "connect_timeout", "timeout", "low_speed_bytes",
            "low_speed_time", "max_body_mib", "max_redirects", "allow_private_addresses", "user_agent",
            "user_agent_contact",
        ])
        var o = FetchOptions()
        o.maxConcurrent = try t.int("concurrency", range: 1...1024) ?? o.maxConcurrent
        o.maxPerHost = try t.int("per_host", range: 1...64) ?? o.maxPerHost
        o.hostGap = try t.seconds("host_gap", range: 0...3600) ?? o.hostGap
        o.connectTimeout = try t.seconds("connect_timeout", range: 0.1...600) ?? o.connectTimeout
        o.totalTimeout = try t.seconds("timeout", range: 0.1...3600) ?? o.totalTimeout
        o.lowSpeedBytes = try t.int("low_speed_bytes", range: 0...1_000_000) ?? o.lowSpeedBytes
        o.lowSpeedSeconds = Int(try t.seconds("low_speed_time", range: 1...3600) ?? Double(o.lowSpeedSeconds))
        o.maxBodyBytes = (try t.int("max_body_mib", range: 1...1024)).map { $0 * 1024 * 1024 } ?? o.maxBodyBytes
        o.maxRedirects = try t.int("max_redirects", range: 0...50) ?? o.maxRedirects
        o.allowPrivateAddresses = try t.bool("allow_private_addresses") ?? o.allowPrivateAddresses
        if let agent = try t.string("user_agent") { o.userAgent = agent }
        if let contact = try t.string("user_agent_contact") {
            o.userAgent = "\(UserAgent.product) (+\(contact))"
        }
        return o
    }

    private func readSchedule(_ t: TableReader, into s: inout ScheduleSettings) throws {
        try t.rejectUnknownKeys([
            "default_interval", "min_interval", "max_interval", "backoff_cap", "redirect_confirmations",
        ])
        s.defaultInterval = try t.seconds("default_interval", range: 1...2_592_000) ?? s.defaultInterval
        s.minInterval = try t.seconds("min_interval", range: 1...2_592_000) ?? s.minInterval
        s.maxInterval = try t.seconds("max_interval", range: 1...2_592_000) ?? s.maxInterval
        s.backoffCap = try t.seconds("backoff_cap", range: 60...31_536_000) ?? s.backoffCap
        s.redirectConfirmations = try t.int("redirect_confirmations", range: 1...100) ?? s.redirectConfirmations
        guard s.minInterval <= s.maxInterval else {
            throw t.error("min_interval", "min_interval (\(s.minInterval) s) exceeds max_interval (\(s.maxInterval) s)")
        }
    }

    private static let feedKeys: Set<String> = ["url", "title", "tags", "interval", "enabled"]

    private func readFeeds(_ root: TableReader, directory: String) throws -> [FeedSubscription] {
        var seen: Set<String> = []
        return try root.tableArray("feed").map { t in
            try t.rejectUnknownKeys(Self.feedKeys)
            guard let raw = try t.string("url"), !raw.trimmingWhitespaces().isEmpty else {
                throw t.error("url", "every [[feed]] needs a url")
            }
            let url = try FeedLocation.normalise(raw, relativeTo: directory, error: { t.error("url", $0) })
            guard seen.insert(url).inserted else { throw t.error("url", "feed \(url) is listed twice") }
            let interval = try t.seconds("interval", range: 60...2_592_000).map { Int($0) }
            return FeedSubscription(
                url: url, title: try t.string("title"), tags: try t.strings("tags") ?? [],
                interval: interval, enabled: try t.bool("enabled") ?? true)
        }
    }
}

/// The product token of the User-Agent header.
enum UserAgent {
    static let product = "wirewatch/0.1"
}
