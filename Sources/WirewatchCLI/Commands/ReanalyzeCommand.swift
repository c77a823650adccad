import ArgumentParser
import Analysis
import FeedModel
import Foundation
import Ingest

/// `wirewatch reanalyze`: recompute stored analyses after a pipeline change.
struct ReanalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Recompute the analysis of stored items (idempotent: the same input gives the same rows).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only items first seen since: YYYY-MM-DD, an ISO 8601 time, or an age such as 7d.")
    var since: String?

    @Flag(help: "Only items analysed by an older pipeline version (or never).")
    var outdated = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let sinceDate = try since.map { try DateArgument.parse($0, timeZone: services.config.schedule.timeZone) }
            let analyzer = services.analyzer()
            var lastID: Int64 = 0
            var done = 0
            while true {
                let batch = try services.store.itemsForAnalysis(since: sinceDate, afterID: lastID, limit: 500)
                guard let last = batch.last else { break }
                lastID = last.id
                for item in batch {
                    if outdated, let stored = try services.store.analysis(itemID: item.id),
                        stored.pipelineVersion >= AnalysisPipeline.version
                    { continue }
                    let entry = Entry(title: item.title, author: item.author, summary: item.summary, content: item.content)
                    let analysis = analyzer.analyze(ItemAnalyzer.input(id: String(item.id), entry: entry, declaredLanguage: nil))
                    try services.store.saveAnalysis(itemID: item.id, analysis, at: Date())
                    done += 1
                }
            }
            print("reanalysed \(done) items with pipeline version \(AnalysisPipeline.version)")
        }
    }
}
