import FeedModel
import FeedParsing
import Foundation

/// One fetch, digested: the feed's next state, the run-log line and the entries to store.
public struct ProcessedFetch: Sendable {
    public var feed: FeedState
    public var record: FetchRecord
    public var drafts: [ItemDraft]
    /// The language the document declares, for analysis of short items.
    public var declaredLanguage: String?
}

/// Turns a `FetchResult` into what storage needs: parses new bodies, classifies, updates the feed's
/// validators, error count and next check. Pure apart from parsing: time and randomness are passed in.
struct FetchProcessor: Sendable {
    var schedule: ScheduleSettings

    func process(
        _ result: FetchResult, feed: FeedState, runID: Int64, startedAt: Date, now: Date, unit: Double
    ) -> ProcessedFetch {
        var state = feed
        // Only a freshly parsed title/site is written back (storage keeps the config title apart).
        state.title = nil
        state.siteURL = nil
        var outcome = result.outcome
        var message = result.message
        var drafts: [ItemDraft] = []
        var language: String?
        var poll = feed.pollHints
        if outcome == .ok {
            let hash = ItemIdentity.bodyHash(result.body)
            if hash == feed.bodyHash {
                outcome = .unchanged
            } else {
                do {
                    let parsed = try FeedParser.parse(result.body, options: parseOptions(result, feed: feed))
                    drafts = parsed.entries.map(Self.draft)
                    state.title = parsed.title
                    state.siteURL = parsed.siteURL
                    state.bodyHash = hash
                    language = parsed.language
                    poll = parsed.pollHints
                    state.pollHints = poll
                    let dates = parsed.entries.compactMap { $0.published ?? $0.updated }
                    state.observedInterval = PublishingRate.interval(of: dates, now: now) ?? feed.observedInterval
                    if parsed.bozo { message = "recovered from malformed XML: \(parsed.bozoMessage ?? "unknown error")" }
                } catch {
                    outcome = error.kind == .malformed ? .parseError : .notAFeed
                    message = "\(result.request.url): \(error.message)"
                }
            }
        }
        applyValidators(result, outcome: outcome, to: &state)
        applyHealth(outcome, result: result, message: message, now: now, to: &state)
        applyRedirects(result, to: &state)
        let next = NextCheck(settings: schedule).date(
            after: now, outcome: outcome, failures: state.errorCount, override: feed.configuredInterval,
            observed: state.observedInterval, hints: result.hints, poll: poll, unit: unit)
        state.nextCheckAt = next
        state.currentInterval = Int(next.timeIntervalSince(now).rounded())
        let record = FetchRecord(
            runID: runID, feedID: feed.id, startedAt: startedAt, outcome: outcome,
            httpStatus: result.httpStatus == 0 ? nil : result.httpStatus, bytes: result.bytes,
            duration: result.duration, itemsSeen: drafts.count, error: outcome.isSuccess ? nil : message)
        return ProcessedFetch(feed: state, record: record, drafts: drafts, declaredLanguage: language)
    }

    /// An entry with only an update time (RSS 1.0 dc:date, Atom updated) is dated by it. Its search
    /// document is made here, on a worker, rather than by the writer.
    static func draft(_ entry: Entry) -> ItemDraft {
        var dated = entry
        if dated.published == nil { dated.published = entry.updated }
        return ItemDraft(
            identityKey: ItemIdentity.key(for: entry), contentHash: ItemIdentity.contentHash(for: entry), entry: dated,
            search: SearchDocument(title: entry.title, summary: entry.summary, content: entry.content))
    }

    private func parseOptions(_ result: FetchResult, feed: FeedState) -> ParseOptions {
        ParseOptions(
            baseURL: result.effectiveURL ?? feed.url, contentType: result.contentType,
            defaultTimeZone: schedule.timeZone)
    }

    /// Validators are replaced (or cleared) on every 200 whose body was accepted; a 304 keeps them
    /// unless it sends new ones; a failed parse keeps the old ones so the next fetch gets a full body.
    private func applyValidators(_ result: FetchResult, outcome: FetchOutcome, to state: inout FeedState) {
        switch outcome {
        case .ok, .unchanged:
            state.etag = result.etag
            state.lastModified = result.lastModified
        case .notModified:
            state.etag = result.etag ?? state.etag
            state.lastModified = result.lastModified ?? state.lastModified
        default:
            break
        }
    }

    private func applyHealth(
        _ outcome: FetchOutcome, result: FetchResult, message: String?, now: Date, to state: inout FeedState
    ) {
        state.lastOutcome = outcome
        state.lastHTTPStatus = result.httpStatus == 0 ? nil : result.httpStatus
        state.lastCheckAt = now
        if outcome.isSuccess {
            state.errorCount = 0
            state.lastError = nil
            state.lastSuccessAt = now
            return
        }
        state.errorCount += 1
        state.lastError = message ?? outcome.rawValue
        if outcome == .gone {
            state.enabled = false
            state.disabledReason =
                "410 Gone on \(ISO8601DateFormatter().string(from: now)): the server says the feed was removed "
                + "(re-enable with `wirewatch feeds enable \(state.url)`)"
        }
    }

    /// Tracks a leading chain of permanent redirects (301/308); temporary ones reset the count.
    private func applyRedirects(_ result: FetchResult, to state: inout FeedState) {
        let permanent = result.redirects.prefix { $0.status == 301 || $0.status == 308 }
        guard let target = permanent.last?.location, !result.redirects.isEmpty else {
            state.permanentRedirectURL = nil
            state.permanentRedirectCount = 0
            return
        }
        if state.permanentRedirectURL == target {
            state.permanentRedirectCount += 1
        } else {
            state.permanentRedirectURL = target
            state.permanentRedirectCount = 1
        }
        if state.permanentRedirectCount >= schedule.redirectConfirmations, result.outcome.isSuccess {
            state.movedTo = target == state.url ? nil : target
            state.permanentRedirectURL = nil
            state.permanentRedirectCount = 0
        }
    }
}
