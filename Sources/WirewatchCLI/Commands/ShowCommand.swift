import ArgumentParser
import FeedModel
import FeedParsing
import Foundation

/// `wirewatch show`: one item with everything stored about it.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one stored item and its analysis.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Item id (as listed by `items` or `search`).")
    var id: Int64

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            guard let item = try services.store.item(id: id) else { throw ValidationError("no item with id \(id)") }
            let analysis = try services.store.analysis(itemID: id)
            let syndication = try services.store.syndication(itemIDs: [id])[id]
            let copies = syndication?.groupID == nil ? [] : try services.store.groupMembers(itemID: id)
            let story = try syndication?.storyID.flatMap { try services.store.story(id: $0) }
            if json {
                var object = ItemsCommand.json(item, syndication: syndication)
                object["variant"] = syndication?.isVariant ?? false
                object["also_published_at"] = copies.filter { $0.itemID != id }.map { m -> [String: Any] in
                    [
                        "item_id": m.itemID, "feed_url": m.feedURL, "url": JSONOutput.value(m.url),
                        "title": JSONOutput.value(m.title), "time": JSONOutput.iso(m.time),
                        "canonical": m.isCanonical, "variant": m.isVariant,
                    ]
                }
                object["story"] = JSONOutput.value(story.map(StoriesCommand.json))
                object["summary"] = JSONOutput.value(item.summary)
                object["content"] = JSONOutput.value(item.content)
                object["analysis"] = JSONOutput.value(analysis.flatMap(Self.analysisJSON))
                return try JSONOutput.print(object)
            }
            print(Self.text(item, analysis: analysis))
            if !copies.isEmpty {
                print("\nalso published at (syndication group \(syndication?.groupID ?? 0)\(syndication?.isVariant == true ? ", this copy is a variant" : "")):")
                for m in copies where m.itemID != id {
                    print("    \(m.isCanonical ? "* " : "  ")\(JSONOutput.isoString(m.time)) \(m.url ?? m.feedURL)\(m.isVariant ? " (variant)" : "")")
                }
            }
            if let story {
                print("\nstory #\(story.id): \(story.title ?? "") — \(story.itemCount) items, \(story.sourceCount) sources")
            }
        }
    }

    static func analysisJSON(_ a: ItemAnalysis) -> Any? {
        guard let data = try? JSONEncoder().encode(a) else { return nil }
        return try? JSONSerialization.jsonObject(with: data)
    }

    static func text(_ item: StoredItem, analysis: ItemAnalysis?) -> String {
        var lines = [item.title ?? "(no title)", item.url ?? "", "feed: \(item.feedURL)"]
        if let published = item.publishedAt { lines.append("published: \(JSONOutput.isoString(published))") }
        lines.append("first seen: \(JSONOutput.isoString(item.firstSeenAt)), revision \(item.revision)")
        if let a = analysis {
            let m = a.metadata
            lines.append("language: \(a.language) (\(String(format: "%.2f", a.languageConfidence)))")
            for (label, value) in [("author", m.author), ("credit", m.credit), ("agency", m.agency), ("dateline", m.dateline)] {
                if let value { lines.append("\(label): \(value)") }
            }
            if !a.keyphrases.isEmpty { lines.append("keyphrases: " + a.keyphrases.prefix(10).map(\.phrase).joined(separator: ", ")) }
            if !a.entities.isEmpty { lines.append("entities: " + a.entities.map { "\($0.name) [\($0.kind)]" }.joined(separator: ", ")) }
            for q in a.quotes { lines.append("quote (\(q.speaker ?? "unknown")): \(q.text)") }
            lines.append("")
            lines.append(a.cleanText)
        } else if let text = item.content ?? item.summary {
            lines.append("")
            lines.append(HTMLText.plainText(text))
        }
        return lines.joined(separator: "\n")
    }
}
