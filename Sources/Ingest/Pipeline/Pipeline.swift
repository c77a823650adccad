import FeedModel
import Fetching
import Foundation
import Logging
import Storage

/// A feed's part in a run, for progress lines and summaries.
public struct FeedRunSummary: Sendable, Hashable, Codable {
    public var url: String
    public var title: String?
    public var outcome: FetchOutcome
    public var httpStatus: Int?
    public var counts: StoreCounts
    public var message: String?
}

/// What one run did.
public struct IngestReport: Sendable {
    public var run: RunRecord
    public var feeds: [FeedRunSummary]
}

/// The pipeline every ingest goes through, one-off or from the daemon: fetch → parse → identity → store,
/// one write transaction per fetched feed, with a run record and a fetch record per feed.
public final class Pipeline: Sendable {
    let store: Store
    /// The fetcher (kept across configuration reloads when the fetch options did not change).
    public let fetcher: Fetcher
    let processor: FetchProcessor
    let analyzer: ItemAnalyzer?
    let syndicator: ItemSyndicator?
    let logger: Logger
    let clock: @Sendable () -> Date
    let random: @Sendable () -> Double

    public init(
        store: Store, fetcher: Fetcher, schedule: ScheduleSettings, logger: Logger, analyzer: ItemAnalyzer? = nil,
        syndicator: ItemSyndicator? = nil,
        clock: @escaping @Sendable () -> Date = { Date() },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.store = store
        self.fetcher = fetcher
        self.processor = FetchProcessor(schedule: schedule)
        self.analyzer = analyzer
        self.syndicator = syndicator
        self.logger = logger
        self.clock = clock
        self.random = random
    }

    /// Fetches the given feeds concurrently and stores each as its fetch ends.
    /// A failing feed is recorded and the others go on; only a storage failure of the run itself throws.
    public func ingest(
        _ feeds: [FeedState], kind: String = "ingest",
        progress: (@Sendable (FeedRunSummary) -> Void)? = nil
    ) async throws -> IngestReport {
        let startedAt = clock()
        var run = RunRecord(id: try store.startRun(kind: kind, at: startedAt), kind: kind, startedAt: startedAt)
        var byURL: [String: FeedState] = [:]
        for feed in feeds { byURL[feed.fetchURL] = feed }
        let requests = feeds.map { FetchRequest(url: $0.fetchURL, etag: $0.etag, lastModified: $0.lastModified) }
        var summaries: [FeedRunSummary] = []
        for await result in fetcher.fetch(requests) {
            guard let feed = byURL[result.request.url] else { continue }
            let summary = store(result, feed: feed, runID: run.id, startedAt: startedAt)
            account(summary, in: &run)
            summaries.append(summary)
            progress?(summary)
        }
        if let syndicator {
            do { try syndicator.catchUp() } catch { logger.error("syndication catch-up failed", metadata: ["error": "\(error)"]) }
        }
        run.finishedAt = clock()
        run.status = run.feedsFailed == 0 ? .ok : (run.feedsOK == 0 ? .failed : .partial)
        try store.finishRun(run)
        logger.info(
            "run finished",
            metadata: [
                "run": "\(run.id)", "feeds_ok": "\(run.feedsOK)", "feeds_failed": "\(run.feedsFailed)",
                "items_new": "\(run.itemsNew)", "items_updated": "\(run.itemsUpdated)",
            ])
        return IngestReport(run: run, feeds: summaries)
    }

    private func store(_ result: FetchResult, feed: FeedState, runID: Int64, startedAt: Date) -> FeedRunSummary {
        let now = clock()
        let processed = processor.process(result, feed: feed, runID: runID, startedAt: now, now: now, unit: random())
        var record = processed.record
        var counts = StoreCounts(seen: processed.drafts.count)
        do {
            let drafts = try analysed(processed)
            counts = try store.commitFetch(feed: processed.feed, record: record, items: drafts, at: now)
            syndicate(drafts, feed: feed)
        } catch {
            record.outcome = .storageError
            record.error = "\(feed.url): could not store the fetch: \(error)"
            logger.error("storing a fetch failed", metadata: ["feed": "\(feed.url)", "error": "\(error)"])
        }
        if !record.outcome.isSuccess {
            logger.warning(
                "fetch failed",
                metadata: ["feed": "\(feed.url)", "outcome": "\(record.outcome.rawValue)", "error": "\(record.error ?? "")"])
        }
        return FeedRunSummary(
            url: feed.url, title: processed.feed.title ?? feed.title, outcome: record.outcome, httpStatus: record.httpStatus,
            counts: counts, message: record.error)
    }

    /// Groups copies and clusters stories; a failure here loses nothing (the catch-up retries).
    private func syndicate(_ drafts: [ItemDraft], feed: FeedState) {
        guard let syndicator else { return }
        do {
            try syndicator.syndicate(drafts, feedID: feed.id)
        } catch {
            logger.error("syndication failed; will retry", metadata: ["feed": "\(feed.url)", "error": "\(error)"])
        }
    }

    /// Attaches an analysis to each new or changed draft (unchanged ones are skipped).
    private func analysed(_ processed: ProcessedFetch) throws -> [ItemDraft] {
        guard let analyzer, !processed.drafts.isEmpty else { return processed.drafts }
        let known = try store.contentHashes(feedID: processed.feed.id, keys: processed.drafts.map(\.identityKey))
        return processed.drafts.map { draft in
            guard known[draft.identityKey] != draft.contentHash else { return draft }
            var analysed = draft
            let input = ItemAnalyzer.input(id: draft.identityKey, entry: draft.entry, declaredLanguage: processed.declaredLanguage)
            analysed.analysis = analyzer.analyze(input)
            return analysed
        }
    }

    private func account(_ summary: FeedRunSummary, in run: inout RunRecord) {
        if summary.outcome.isSuccess { run.feedsOK += 1 } else { run.feedsFailed += 1 }
        run.itemsNew += summary.counts.new
        run.itemsUpdated += summary.counts.updated
    }
}
