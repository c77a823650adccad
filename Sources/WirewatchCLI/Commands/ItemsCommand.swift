import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch items`: list stored items, newest first.
struct ItemsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "items", abstract: "List stored items, newest first.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only items of this feed URL.")
    var feed: String?

    @Option(help: "Only items first seen since: YYYY-MM-DD, an ISO 8601 time, or an age such as 24h or 7d.")
    var since: String?

    @Option(help: "At most this many items.")
    var limit: Int = 50

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let sinceDate = try since.map { try DateArgument.parse($0, timeZone: services.config.schedule.timeZone) }
            let items = try services.store.items(ItemQuery(feedURL: feed, since: sinceDate, limit: max(limit, 0)))
            if json {
                let syndication = try services.store.syndication(itemIDs: items.map(\.id))
                try JSONOutput.print(items.map { Self.json($0, syndication: syndication[$0.id]) })
                return
            }
            for item in items {
                let date = (item.publishedAt ?? item.firstSeenAt).formatted(.iso8601.year().month().day())
                print("\(item.id)\t\(date)\t\(item.title ?? "(no title)")\n\t\(item.url ?? item.feedURL)")
            }
        }
    }

    static func json(_ i: StoredItem, syndication: ItemSyndication? = nil) -> [String: Any] {
        [
            "syndication_group": JSONOutput.value(syndication?.groupID),
            "canonical_item": JSONOutput.value(syndication?.canonicalItemID),
            "story_id": JSONOutput.value(syndication?.storyID),
            "id": i.id, "feed_url": i.feedURL, "title": JSONOutput.value(i.title), "url": JSONOutput.value(i.url),
            "guid": JSONOutput.value(i.guid), "author": JSONOutput.value(i.author),
            "published_at": JSONOutput.iso(i.publishedAt), "first_seen_at": JSONOutput.iso(i.firstSeenAt),
            "updated_at": JSONOutput.iso(i.updatedAt), "revision": i.revision,
        ]
    }
}

/// Reads `--since` style dates.
enum DateArgument {
    struct Invalid: Error, CustomStringConvertible {
        var text: String
        var description: String { "'\(text)' is not a date: use YYYY-MM-DD, an ISO 8601 time, or an age such as 24h or 7d" }
    }

    static func parse(_ text: String, timeZone: TimeZone, now: Date = Date()) throws -> Date {
        if let age = DurationText.seconds(text), text.last?.isLetter == true { return now.addingTimeInterval(-age) }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) {
            return date
        }
        throw Invalid(text: text)
    }
}
