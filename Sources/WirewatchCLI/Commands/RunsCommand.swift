import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch runs`: the run log.
struct RunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "Show the latest runs (ingests and daemon cycles) with their fetches.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many runs to show.")
    var last: Int = 10

    @Flag(help: "Also list each run's fetches.")
    var fetches = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let runs = try services.store.runs(last: max(last, 0))
            let urls = Dictionary(try services.store.feeds().map { ($0.id, $0.url) }, uniquingKeysWith: { a, _ in a })
            if json {
                try JSONOutput.print(try runs.map { run -> [String: Any] in
                    var object = RunText.runJSON(run)
                    object["fetches"] = try services.store.fetches(runID: run.id).map { RunText.fetchJSON($0, url: urls[$0.feedID]) }
                    return object
                })
                return
            }
            if runs.isEmpty { print("no runs yet: `wirewatch ingest` starts one") }
            for run in runs {
                print(line(run))
                guard fetches else { continue }
                for f in try services.store.fetches(runID: run.id) {
                    let status = f.httpStatus.map { " \($0)" } ?? ""
                    print("    \(f.outcome.rawValue)\(status) \(urls[f.feedID] ?? "feed \(f.feedID)") +\(f.itemsNew) ~\(f.itemsUpdated) \(f.bytes) B \(String(format: "%.2f", f.duration)) s\(f.error.map { " — \($0)" } ?? "")")
                }
            }
        }
    }

    private func line(_ r: RunRecord) -> String {
        let duration = r.finishedAt.map { String(format: "%.1f s", $0.timeIntervalSince(r.startedAt)) } ?? "unfinished"
        return "#\(r.id) \(r.kind) \(JSONOutput.isoString(r.startedAt)) \(duration) \(r.status.rawValue): \(r.feedsOK) ok, \(r.feedsFailed) failed, \(r.itemsNew) new, \(r.itemsUpdated) updated"
    }
}
