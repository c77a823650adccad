import FeedModel
import Foundation
import Ingest

/// Human and JSON renderings of runs.
enum RunText {
    static func progressLine(_ s: FeedRunSummary) -> String {
        let status = s.outcome.isSuccess ? "ok" : "FAILED"
        var line = "\(status) \(s.outcome.rawValue) \(s.url): \(s.counts.new) new, \(s.counts.updated) updated"
        if let message = s.message, !s.outcome.isSuccess { line += " (\(message))" }
        return line
    }

    static func summary(_ report: IngestReport) -> String {
        var lines = report.feeds.filter { !$0.outcome.isSuccess }.map { "failed: \($0.url): \($0.message ?? $0.outcome.rawValue)" }
        let r = report.run
        lines.append(
            "run \(r.id): \(r.feedsOK) feeds ok, \(r.feedsFailed) failed; \(r.itemsNew) new items, \(r.itemsUpdated) updated (\(r.status.rawValue))")
        return lines.joined(separator: "\n")
    }

    static func runJSON(_ r: RunRecord) -> [String: Any] {
        [
            "id": r.id, "kind": r.kind, "started_at": JSONOutput.iso(r.startedAt),
            "finished_at": JSONOutput.iso(r.finishedAt), "feeds_ok": r.feedsOK, "feeds_failed": r.feedsFailed,
            "items_new": r.itemsNew, "items_updated": r.itemsUpdated, "status": r.status.rawValue,
            "duration": JSONOutput.value(r.finishedAt.map { $0.timeIntervalSince(r.startedAt) }),
        ]
    }

    static func fetchJSON(_ f: FetchRecord, url: String?) -> [String: Any] {
        [
            "feed_id": f.feedID, "feed_url": JSONOutput.value(url), "started_at": JSONOutput.iso(f.startedAt),
            "outcome": f.outcome.rawValue, "http_status": JSONOutput.value(f.httpStatus), "bytes": f.bytes,
            "duration": f.duration, "items_seen": f.itemsSeen, "items_new": f.itemsNew,
            "items_updated": f.itemsUpdated, "error": JSONOutput.value(f.error),
        ]
    }

    static func reportJSON(_ report: IngestReport) -> [String: Any] {
        var run = runJSON(report.run)
        run["feeds"] = report.feeds.map { s -> [String: Any] in
            [
                "url": s.url, "title": JSONOutput.value(s.title), "outcome": s.outcome.rawValue,
                "http_status": JSONOutput.value(s.httpStatus), "items_seen": s.counts.seen,
                "items_new": s.counts.new, "items_updated": s.counts.updated, "error": JSONOutput.value(s.message),
            ]
        }
        return run
    }
}
