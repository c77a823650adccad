import ArgumentParser
import Digest
import Foundation

/// `wirewatch feeds export`: the configured feeds as OPML 2.0, one folder per first tag.
struct OPMLExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the configured feeds as OPML 2.0.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        try await reportingFailures {
            let feeds = try Services.make(global).store.feeds().map {
                OPMLFeed(url: $0.url, title: $0.title, siteURL: $0.siteURL, tags: $0.tags)
            }
            let text = OPMLWriter().write(feeds, date: Date())
            if let output { try ConfigFile.write(text, to: output) } else { print(text, terminator: "") }
        }
    }
}
