import ArgumentParser
import Digest
import Foundation

/// `wirewatch feeds import FILE.opml`: appends the file's feeds to the configuration as `[[feed]]` tables.
struct OPMLImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the feeds of an OPML file (Miniflux, newsboat, FreshRSS …) to the configuration; folders become tags.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The OPML file.") var file: String

    func run() async throws {
        try await reportingFailures {
            let feeds = try OPMLReader.feeds(from: try Data(contentsOf: URL(fileURLWithPath: file)))
            let path = try ConfigFile.writablePath(global)
            var editor = ConfigEditor(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            var known = Set(try ConfigLoader().parse(text: editor.text, path: path).feeds.map(\.url))
            var added = 0
            for feed in feeds {
                guard let url = try? FeedLocation.normalise(feed.url, relativeTo: "/", error: { ConfigError(file: file, message: $0) }),
                      url.hasPrefix("http"), known.insert(url).inserted else { continue }
                editor.addFeed(url: url, title: feed.title, tags: feed.tags, interval: nil)
                added += 1
            }
            try ConfigFile.write(editor.text, to: path)
            print("imported \(added) of \(feeds.count) feeds into \(path) (\(feeds.count - added) already configured or not http(s))")
        }
    }
}
