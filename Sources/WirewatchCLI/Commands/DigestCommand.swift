import ArgumentParser
import Digest
import Foundation
import Storage

/// `wirewatch digest`: the daily digest as Markdown, HTML or JSON.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Build the daily digest (default: yesterday in the configured time zone).",
        discussion: """
            A day's digest is stored in the database and written to the [digest] output_dir folder as \
            YYYY-MM-DD.md, .html and .json; running it again replaces that day's digest. A --since/--until \
            range is printed (or written to --output) but not stored.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The day, YYYY-MM-DD in the configured time zone (default: yesterday).")
    var date: String?

    @Option(help: "Start of a custom range: YYYY-MM-DD or an ISO 8601 date-time (needs --until).")
    var since: String?

    @Option(help: "End of a custom range (exclusive).")
    var until: String?

    @Option(help: "Output format: md, html or json.")
    var format: String = "md"

    @Option(help: "Write the chosen format to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print nothing (the day's files and database row are still written): for the systemd timer.")
    var quiet = false

    func validate() throws {
        guard DigestFormat(rawValue: format) != nil else { throw ValidationError("--format must be md, html or json") }
        if date != nil, since != nil || until != nil { throw ValidationError("use either --date or --since/--until") }
        if (since == nil) != (until == nil) { throw ValidationError("--since and --until go together") }
    }

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global, syncFeeds: false)
            let calendar = DigestCalendar(timeZone: services.config.schedule.timeZone)
            let (label, window) = try window(calendar)
            let digest = try DigestBuilder(services: services, calendar: calendar).build(label: label, window: window, now: Date())
            if since == nil { try DigestBuilder.store(digest, services: services) }
            let text = DigestFormat(rawValue: format)!.render(digest)
            if let output { try ConfigFile.write(text, to: output) } else if !quiet { print(text, terminator: "") }
        }
    }

    /// The day label and window asked for.
    func window(_ calendar: DigestCalendar) throws -> (String, DateInterval) {
        if let since, let until {
            guard let start = calendar.instant(since), let end = calendar.instant(until), start < end else {
                throw ValidationError("--since/--until need dates (YYYY-MM-DD or ISO 8601) with since before until")
            }
            return (calendar.label(start), DateInterval(start: start, end: end))
        }
        let day = date ?? calendar.yesterday(now: Date())
        guard let window = calendar.window(day: day) else { throw ValidationError("--date '\(day)' is not a date YYYY-MM-DD") }
        return (day, window)
    }
}
