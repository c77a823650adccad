import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch status`: the health of every configured feed.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show each feed's last outcome, errors and next check.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON (an array, one object per feed).")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let services = try Services.make(global)
            let feeds = try services.store.feeds()
            if json {
                try JSONOutput.print(feeds.map(Self.json))
                return
            }
            if feeds.isEmpty { print("no feeds configured: add one with `wirewatch feeds add URL`") }
            for feed in feeds { print(Self.text(feed)) }
        }
    }

    static func json(_ f: FeedState) -> [String: Any] {
        [
            "url": f.url, "title": JSONOutput.value(f.title), "site_url": JSONOutput.value(f.siteURL),
            "tags": f.tags, "enabled": f.enabled, "last_outcome": JSONOutput.value(f.lastOutcome?.rawValue),
            "last_http_status": JSONOutput.value(f.lastHTTPStatus), "last_error": JSONOutput.value(f.lastError),
            "error_count": f.errorCount, "next_check_at": JSONOutput.iso(f.nextCheckAt),
            "last_check_at": JSONOutput.iso(f.lastCheckAt), "last_success_at": JSONOutput.iso(f.lastSuccessAt),
            "disabled_reason": JSONOutput.value(f.disabledReason), "items_total": f.itemsTotal,
            "interval": JSONOutput.value(f.currentInterval), "moved_to": JSONOutput.value(f.movedTo),
        ]
    }

    static func text(_ f: FeedState) -> String {
        let state = f.enabled ? (f.lastOutcome?.rawValue ?? "never fetched") : "DISABLED"
        var lines = ["\(state.padding(toLength: 14, withPad: " ", startingAt: 0)) \(f.title ?? "(untitled)") <\(f.url)>"]
        var detail = "    \(f.itemsTotal) items"
        if let status = f.lastHTTPStatus { detail += ", HTTP \(status)" }
        if f.errorCount > 0 { detail += ", \(f.errorCount) errors in a row" }
        if let next = f.nextCheckAt, f.enabled { detail += ", next check \(JSONOutput.isoString(next))" }
        lines.append(detail)
        if let reason = f.disabledReason { lines.append("    disabled: \(reason)") }
        if let moved = f.movedTo { lines.append("    moved permanently to \(moved)") }
        if let error = f.lastError { lines.append("    last error: \(error)") }
        return lines.joined(separator: "\n")
    }
}
