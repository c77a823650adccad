import ArgumentParser
import Digest
import FeedModel
import Foundation

/// `wirewatch entities`: the most mentioned people, places and organisations.
struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "List the most mentioned entities with item and mention counts.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only items first seen since: YYYY-MM-DD (configured time zone) or ISO 8601.")
    var since: String?

    @Option(help: "Only this kind: PER, LOC, ORG or MISC.")
    var kind: String?

    @Option(help: "How many.")
    var limit: Int = 30

    @Flag(help: "Print JSON (an array).")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let start = try since.map { text in
                guard let date = DigestCalendar(timeZone: services.config.schedule.timeZone).instant(text) else {
                    throw ValidationError("--since '\(text)' is not YYYY-MM-DD or ISO 8601")
                }
                return date
            }
            let entities = try services.store.topEntities(
                from: start ?? .distantPast, to: .distantFuture, kind: kind?.uppercased(), limit: limit)
            if json { return try JSONOutput.print(entities.map(Self.json)) }
            if entities.isEmpty { print("no entities yet: run `wirewatch ingest` with analysis enabled") }
            for e in entities {
                print("\(String(e.items).leftPad(7)) items \(String(e.mentions).leftPad(7)) mentions  \(e.kind)  \(e.name)")
            }
        }
    }

    static func json(_ e: EntityCount) -> [String: Any] {
        ["key": e.canonicalKey, "name": e.name, "kind": e.kind, "items": e.items, "mentions": e.mentions, "aliases": e.aliases]
    }
}

extension String {
    /// Right-aligned in `width` columns.
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
