import ArgumentParser
import FeedModel
import Fetching
import Foundation

/// `wirewatch fetch`: fetch every enabled feed once without parsing or storing anything: a check
/// that feeds are reachable, and the fetch stage on its own for benchmarks.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every enabled feed once without parsing or storing items (a reachability check).",
        discussion: """
            The database is not touched. Validators (ETag, Last-Modified) are read from and written to \
            --state when given, so a second run sends conditional requests. Exit status: 0 when every feed \
            answered 2xx or 304, 1 when some failed, 2 when the command could not run.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "JSON file keeping each feed's validators between runs.")
    var state: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print nothing but failures.")
    var quiet = false

    func run() async throws {
        Fetcher.prepare()
        let (results, seconds) = try await reportingFailures { () -> ([FetchResult], Double) in
            // The state file is read beside the configuration (on another core when there is one).
            let statePath = state
            async let stored = Self.readState(statePath)
            let config = try ConfigLoader().load(explicitPath: global.config, databaseOverride: global.database)
            let validators = try await stored
            let requests = config.feeds.filter(\.enabled).map { feed in
                FetchRequest(url: feed.url, etag: validators[feed.url]?.etag, lastModified: validators[feed.url]?.lastModified)
            }
            // Only whether each feed answered, and how much, is reported: bodies are counted, not kept.
            var options = config.fetch
            options.keepBodies = false
            let started = ContinuousClock.now
            let results = await Fetcher(options: options).fetchAll(requests)
            let elapsed = ContinuousClock.now - started
            if let state { try ValidatorState.write(results, merging: validators, to: state) }
            return (results, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let failed = results.filter { !$0.outcome.isSuccess }
        if json {
            // Written directly (JSONText) rather than through JSONSerialization, which took longer
            // than the fetching itself for a thousand feeds; the same layout as JSONOutput.print.
            JSONText.object([
                ("feeds", .array(results.map(Self.json))), ("feeds_failed", .int(failed.count)),
                ("feeds_ok", .int(results.count - failed.count)), ("seconds", .double(seconds)),
            ]).print()
        } else {
            for result in results where !quiet || !result.outcome.isSuccess {
                print("\(result.outcome.rawValue)\t\(result.httpStatus)\t\(result.bytes) B\t\(result.request.url)\(result.message.map { "\t\($0)" } ?? "")")
            }
            if !quiet { print("\(results.count - failed.count) ok, \(failed.count) failed in \(String(format: "%.2f", seconds)) s") }
        }
        if !failed.isEmpty { throw ExitStatus.partialFailure }
    }

    private static func readState(_ path: String?) async throws -> [String: ValidatorState.Validators] {
        try path.map(ValidatorState.read) ?? [:]
    }

    /// One feed's line of the report, keys sorted.
    static func json(_ r: FetchResult) -> JSONText {
        .object([
            ("bytes", .int(r.bytes)), ("duration", .double(r.duration)), ("error", .optional(r.message)),
            ("etag", .optional(r.etag)), ("http_status", r.httpStatus == 0 ? .null : .int(r.httpStatus)),
            ("last_modified", .optional(r.lastModified)), ("outcome", .string(r.outcome.rawValue)),
            ("url", .string(r.request.url)),
        ])
    }
}

/// Validators kept between `fetch` runs: {url: {etag, last_modified}}.
enum ValidatorState {
    struct Validators: Codable {
        var etag: String?
        var lastModified: String?

        enum CodingKeys: String, CodingKey {
            case etag, lastModified = "last_modified"
        }
    }

    static func read(_ path: String) throws -> [String: Validators] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return try JSONDecoder().decode([String: Validators].self, from: data)
    }

    /// Replaces (or clears) validators on 2xx, keeps them on 304 and failures.
    static func write(_ results: [FetchResult], merging old: [String: Validators], to path: String) throws {
        var state = old
        for r in results {
            switch r.outcome {
            case .ok, .unchanged: state[r.request.url] = Validators(etag: r.etag, lastModified: r.lastModified)
            case .notModified:
                let kept = old[r.request.url]
                state[r.request.url] = Validators(etag: r.etag ?? kept?.etag, lastModified: r.lastModified ?? kept?.lastModified)
            default: break
            }
        }
        try Data(json(state).rendered(pretty: false)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The file's text: compact JSON, URLs in order, absent validators left out (as JSONEncoder
    /// writes them, which `read` also accepts).
    static func json(_ state: [String: Validators]) -> JSONText {
        .object(state.sorted { $0.key < $1.key }.map { url, v in
            var fields: [(String, JSONText)] = []
            if let etag = v.etag { fields.append(("etag", .string(etag))) }
            if let lastModified = v.lastModified { fields.append(("last_modified", .string(lastModified))) }
            return (url, .object(fields))
        })
    }
}
