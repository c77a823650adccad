import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch stories`: items about one event, with every place they ran.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories (items about the same event) with their items and sources, newest first.",
        discussion: "Sources count syndicated copies once.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only stories seen since: YYYY-MM-DD, an ISO 8601 time, or an age such as 24h or 7d.")
    var since: String?

    @Option(help: "At most this many stories.")
    var limit: Int = 30

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let sinceDate = try since.map { try DateArgument.parse($0, timeZone: services.config.schedule.timeZone) }
            let stories = try services.store.stories(since: sinceDate, limit: max(limit, 0))
            if json { return try JSONOutput.print(stories.map(Self.json)) }
            if stories.isEmpty { print("no stories yet") }
            for story in stories {
                print("#\(story.id) \(story.title ?? "(untitled)") — \(story.itemCount) items, \(story.sourceCount) sources")
                for item in story.items {
                    let group = item.groupID.map { " [copy group \($0)]" } ?? ""
                    print("    \(item.itemID)\t\(JSONOutput.isoString(item.time))\t\(item.title ?? "")\(group)\n\t\t\(item.url ?? item.feedURL)")
                }
            }
        }
    }

    static func json(_ s: StorySummary) -> [String: Any] {
        [
            "id": s.id, "title": JSONOutput.value(s.title), "first_seen": JSONOutput.iso(s.firstSeen),
            "last_seen": JSONOutput.iso(s.lastSeen), "item_count": s.itemCount, "source_count": s.sourceCount,
            "items": s.items.map { item -> [String: Any] in
                [
                    "item_id": item.itemID, "feed_url": item.feedURL, "title": JSONOutput.value(item.title),
                    "url": JSONOutput.value(item.url), "time": JSONOutput.iso(item.time),
                    "syndication_group": JSONOutput.value(item.groupID),
                ]
            },
        ]
    }
}
