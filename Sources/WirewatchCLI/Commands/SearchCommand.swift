import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch search`: full-text search over titles and text.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search item titles and text (every word must match; case and accents are ignored).",
        discussion: "Words are matched by their stem as a prefix, so \"Lukaschenkos\" finds \"Lukaschenko\". A word ending in * is a prefix as written.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(help: "At most this many results.")
    var limit: Int = 20

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let query = SearchQuery.expand(words.joined(separator: " "))
            let hits = try services.store.search(query, limit: max(limit, 0))
            if json {
                return try JSONOutput.print(hits.map { hit -> [String: Any] in
                    ["item_id": hit.itemID, "feed_url": hit.feedURL, "title": JSONOutput.value(hit.title), "snippet": hit.snippet, "rank": hit.rank]
                })
            }
            if hits.isEmpty { print("no items match \(words.joined(separator: " "))") }
            for hit in hits {
                print("\(hit.itemID)\t\(hit.title ?? "(no title)")\n\t\(hit.snippet)")
            }
        }
    }
}

/// Turns what a user types into a stem-prefix query: each word is cut to its stem and matched as a prefix.
enum SearchQuery {
    static func expand(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).map { word in
            if word.hasSuffix("*") { return String(word) }
            let stem = WordStem.prefix(String(word))
            return stem.count >= 3 ? stem + "*" : String(word)
        }.joined(separator: " ")
    }
}
