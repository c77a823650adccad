import ArgumentParser
import FeedModel
import Foundation
import Storage
import Ingest

/// `wirewatch ingest`: fetch every enabled feed once and store what is new.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Fetch every enabled feed once and store new and changed items.",
        discussion: "Exit status: 0 when every feed succeeded, 1 when some failed, 2 when the command could not run.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("feed"), help: "Only this feed URL (repeatable).")
    var only: [String] = []

    @Flag(help: "Print the run report as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "No progress lines.")
    var quiet = false

    func run() async throws {
        let report = try await reportingFailures {
            let services = try Services.make(global)
            let feeds = try services.store.feeds().filter { $0.enabled && (only.isEmpty || only.contains($0.url)) }
            if feeds.isEmpty {
                Terminal.error("wirewatch: no enabled feeds in \(services.config.sourcePath ?? "the configuration (none found)")")
            }
            let showProgress = !quiet && !json && Terminal.stderrIsTTY
            try services.store.setWriterCache(kibibytes: Store.bulkWriterCacheKiB)
            return try await services.pipeline().ingest(feeds, kind: "ingest") { summary in
                if showProgress { Terminal.error(RunText.progressLine(summary)) }
            }
        }
        if json {
            try JSONOutput.print(RunText.reportJSON(report))
        } else if !quiet {
            print(RunText.summary(report))
        }
        if report.run.feedsFailed > 0 { throw ExitStatus.partialFailure }
    }
}
