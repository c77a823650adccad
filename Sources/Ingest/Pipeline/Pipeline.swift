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
    let queuedItemLimit: Int
    let minimumBatch: Int
    let fetchWindow: Int?
    /// The writer's own thread: a commit blocks for as long as SQLite works, which on a thread of
    /// the cooperative pool (one per core) left the fetcher's stream and the task group one thread
    /// fewer. The workers never take the writer's core from it (`workerCount`, `WorkerPriority`).
    private let writerQueue = DispatchQueue(label: "wirewatch.writer", qos: .userInitiated)

    public init(
        store: Store, fetcher: Fetcher, schedule: ScheduleSettings, logger: Logger, analyzer: ItemAnalyzer? = nil,
        syndicator: ItemSyndicator? = nil,
        clock: @escaping @Sendable () -> Date = { Date() },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        queuedItems: Int = Pipeline.bulkQueuedItems,
        minimumBatch: Int = 0,
        fetchWindow: Int? = nil
    ) {
        self.queuedItemLimit = max(1, queuedItems)
        self.minimumBatch = max(0, minimumBatch)
        self.fetchWindow = fetchWindow.map { max(1, $0) }
        self.store = store
        self.fetcher = fetcher
        self.processor = FetchProcessor(schedule: schedule)
        self.analyzer = analyzer
        self.syndicator = syndicator
        self.logger = logger
        self.clock = clock
        self.random = random
    }

    /// Fetches the given feeds concurrently, parses and analyses them in parallel (a worker per core
    /// but one), and stores them through one writer that commits whatever is ready in one transaction
    /// (each feed in a savepoint of its own). A failing feed is recorded and the others go on; only a
    /// storage failure of the run itself throws.
    public func ingest(
        _ feeds: [FeedState], kind: String = "ingest",
        progress: (@Sendable (FeedRunSummary) -> Void)? = nil
    ) async throws -> IngestReport {
        let startedAt = clock()
        var run = RunRecord(id: try store.startRun(kind: kind, at: startedAt), kind: kind, startedAt: startedAt)
        var byURL: [String: FeedState] = [:]
        for feed in feeds { byURL[feed.fetchURL] = feed }
        let requests = feeds.map { FetchRequest(url: $0.fetchURL, etag: $0.etag, lastModified: $0.lastModified) }
        let queue = CommitQueue<PreparedFetch>(capacity: queuedItemLimit)
        let runID = run.id, targets = byURL
        let slots = fetchWindow.map { FetchSlots(count: $0) }
        let fetches = slots.map { windowedFetch(requests, slots: $0) } ?? fetcher.fetch(requests)
        async let preparing: Void = prepareAll(fetches, feeds: targets, runID: runID, slots: slots, into: queue)
        var summaries: [FeedRunSummary] = []
        // With analysis, the writer waits for `minimumBatch` items (or the end) before it commits.
        let minimumBatch = analyzer == nil ? 0 : min(minimumBatch, queuedItemLimit)
        while var batch = await queue.receive(maxWeight: queuedItemLimit) {
            var weight = batch.reduce(0) { $0 + $1.weight }
            while weight < minimumBatch, let more = await queue.receive(maxWeight: queuedItemLimit - weight) {
                batch += more
                weight += more.reduce(0) { $0 + $1.weight }
            }
            for summary in await commitOnWriterThread(batch) {
                account(summary, in: &run)
                summaries.append(summary)
                progress?(summary)
            }
        }
        await preparing
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

    /// Loads the analysis models now rather than in the first run (see `ItemAnalyzer.warmUp`).
    public func warmUp() {
        analyzer?.warmUp()
    }

    /// Items parsed and waiting for the writer before the workers pause (bounds memory), and the
    /// most the writer stores in one transaction: large for a one-off bulk ingest (fewer, bigger
    /// commits), small for the daemon (its resident memory is its largest cycle's).
    public static let bulkQueuedItems = 2_000
    public static let daemonQueuedItems = 100

    /// Items a bulk ingest with analysis waits for before a commit (fewer come only at the end).
    /// There the workers (parse, analyse) are the narrowest part, and the writer, which kept up,
    /// committed every few feeds: each commit and each syndication transaction wrote its touched
    /// pages of the lookup-key, keyphrase and story-key indexes to the WAL again, and FTS5 wrote
    /// a segment. 1,000 feeds with analysis, 4 alternating pairs: 27.9 → 26.5 s wall (medians), system
    /// CPU 5.4 → 3.2 s, peak memory +15 MiB. Without analysis the writer is the narrowest part and
    /// must not wait (no gain measured), so it is not applied there; nor in the daemon (latency).
    public static let bulkMinimumBatch = 1_000

    /// The daemon's fetch window: at most this many feeds between the start of their transfer and
    /// the end of their parse and analysis (parsed items then wait in the commit queue, bounded by
    /// `daemonQueuedItems`). A one-off ingest hands every request to the fetcher at once (fetching
    /// is fastest so), and bodies wait for the workers; a daemon whose cycle is a whole subscription
    /// list (its first, or one after a pause) would hold every body at once.
    public static let daemonFetchWindow = 16

    /// Workers preparing fetches at once. Without analysis, one core fewer than there are: the
    /// writer is the narrowest part (SQLite writes on one thread), and a third thread on two cores
    /// slowed it down more than the extra worker gained (6% more wall time, 35 MiB more peak memory).
    /// With analysis, a worker's share (parse, analyse, fingerprint) is as large as the writer's, so
    /// a worker per core keeps the writer's core busy while the writer waits for work; the workers
    /// run at a lower priority (`WorkerPriority`), so they never take that core from the writer
    /// (300 feeds with analysis, 4 alternating pairs: 10.3 → 9.2 s; without the lower priority
    /// 9.7 s; without analysis a worker per core was 2% slower, so it keeps one fewer).
    static func workerCount(cores: Int, analysing: Bool) -> Int {
        analysing ? max(1, cores) : max(1, cores - 1)
    }

    /// Parses, analyses and fingerprints each fetch as it arrives, at most `workerCount` at a time,
    /// and queues the results for the writer.
    private func prepareAll(
        _ fetches: AsyncStream<FetchResult>, feeds: [String: FeedState], runID: Int64, slots: FetchSlots?,
        into queue: CommitQueue<PreparedFetch>
    ) async {
        let width = Self.workerCount(cores: ProcessInfo.processInfo.activeProcessorCount, analysing: analyzer != nil)
        await withTaskGroup(of: PreparedFetch.self) { workers in
            var running = 0
            for await result in fetches {
                guard let feed = feeds[result.request.url] else {
                    slots?.release()
                    continue
                }
                if running >= width, let done = await workers.next() {
                    running -= 1
                    await queue.send(done, weight: done.weight)
                }
                workers.addTask {
                    defer { slots?.release() }
                    return self.prepare(result, feed: feed, runID: runID)
                }
                running += 1
            }
            for await done in workers { await queue.send(done, weight: done.weight) }
        }
        queue.finish()
    }

    /// The daemon's fetches: a feed's transfer starts once it has a slot (see `daemonFetchWindow`);
    /// `prepareAll` gives the slot back when the body is parsed and analysed. Results arrive in
    /// completion order, as from `Fetcher.fetch`; a slow transfer holds one slot, the others go on.
    private func windowedFetch(_ requests: [FetchRequest], slots: FetchSlots) -> AsyncStream<FetchResult> {
        let (stream, continuation) = AsyncStream.makeStream(of: FetchResult.self)
        let fetcher = self.fetcher
        let feeding = Task {
            await withTaskGroup(of: Void.self) { transfers in
                for request in requests {
                    guard await slots.acquire() else { break }
                    transfers.addTask { continuation.yield(await fetcher.fetchOne(request)) }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in feeding.cancel() }
        return stream
    }

    /// The CPU-bound part of storing a fetch: parse, classify, analyse, fingerprint.
    private func prepare(_ result: FetchResult, feed: FeedState, runID: Int64) -> PreparedFetch {
        WorkerPriority.lowerCallingThread()
        let now = clock()
        let processed = processor.process(result, feed: feed, runID: runID, startedAt: now, now: now, unit: random())
        var prepared = PreparedFetch(feed: feed, processed: processed, drafts: processed.drafts)
        do {
            prepared.drafts = try analysed(processed, syndication: &prepared.syndication)
        } catch {
            prepared.failure = error
            return prepared
        }
        return prepared
    }

    /// Stores a batch of prepared fetches in one transaction, then syndicates their analysed items.
    /// `commit(_:)` on the writer's thread, suspending (not blocking) the calling task meanwhile.
    private func commitOnWriterThread(_ batch: [PreparedFetch]) async -> [FeedRunSummary] {
        await withCheckedContinuation { continuation in
            writerQueue.async { continuation.resume(returning: self.commit(batch)) }
        }
    }

    private func commit(_ batch: [PreparedFetch]) -> [FeedRunSummary] {
        let startedAt = ContinuousClock.now
        let now = clock()
        let ready = batch.filter { $0.failure == nil }
        let commits = ready.map { FetchCommit(feed: $0.processed.feed, record: $0.processed.record, items: $0.drafts) }
        var results: [Result<CommittedFetch, any Error>]
        do {
            results = try store.commitFetches(commits, at: now).map { $0.mapError { $0 as any Error } }
        } catch {
            // The group transaction failed as a whole: store each feed on its own, so one cannot sink the others.
            logger.warning("group commit failed; storing feeds one by one", metadata: ["error": "\(error)"])
            results = commits.map { commit in
                do {
                    return try store.commitFetches([commit], at: now)[0].mapError { $0 as any Error }
                } catch {
                    return .failure(error)
                }
            }
        }
        var stored = results.makeIterator()
        var toSyndicate: [(itemID: Int64, PreparedSyndication)] = []
        let summaries = batch.map { prepared in
            let result: Result<CommittedFetch, any Error> =
                if let failure = prepared.failure { .failure(failure) } else { stored.next()! }
            return summary(prepared, result, syndicating: &toSyndicate)
        }
        let committedAt = ContinuousClock.now
        let cpuBefore = Self.threadCPUMilliseconds()
        syndicate(toSyndicate)
        let syndicateCPU = Self.threadCPUMilliseconds() - cpuBefore
        logger.debug(
            "group commit",
            metadata: [
                "feeds": "\(batch.count)", "items": "\(commits.reduce(0) { $0 + $1.items.count })",
                "commit_ms": "\(Self.milliseconds(committedAt - startedAt))",
                "syndicated": "\(toSyndicate.count)", "syndicate_ms": "\(Self.milliseconds(ContinuousClock.now - committedAt))",
                "syndicate_cpu_ms": "\(syndicateCPU)",
            ])
        return summaries
    }

    private func summary(
        _ prepared: PreparedFetch, _ result: Result<CommittedFetch, any Error>,
        syndicating: inout [(itemID: Int64, PreparedSyndication)]
    ) -> FeedRunSummary {
        let feed = prepared.feed, processed = prepared.processed
        var record = processed.record
        var counts = StoreCounts(seen: processed.drafts.count)
        switch result {
        case .success(let committed):
            counts = committed.counts
            // By index and only with work to do: `for draft in` copied every draft (a retain and a
            // release of each of its strings) on the writer's thread, for nothing without analysis.
            if !prepared.syndication.isEmpty {
                for index in prepared.drafts.indices {
                    let key = prepared.drafts[index].identityKey
                    guard let id = committed.itemIDs[key], let work = prepared.syndication[key] else { continue }
                    syndicating.append((id, work))
                }
            }
        case .failure(let error):
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

    /// CPU time of the calling thread, for the debug log's split of a group commit.
    static func threadCPUMilliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Groups copies and clusters stories; a failure here loses nothing (the catch-up retries).
    private func syndicate(_ items: [(itemID: Int64, PreparedSyndication)]) {
        guard let syndicator, !items.isEmpty else { return }
        do {
            try syndicator.syndicate(items)
        } catch {
            logger.error("syndication failed; will retry", metadata: ["items": "\(items.count)", "error": "\(error)"])
        }
    }

    /// Attaches an analysis to each new or changed draft (unchanged ones are skipped).
    /// The drafts with analyses attached to the new and changed ones, and (with a syndicator)
    /// their fingerprints and story features, computed while the analysis's tokens are at hand.
    private func analysed(_ processed: ProcessedFetch, syndication: inout [String: PreparedSyndication]) throws -> [ItemDraft] {
        guard let analyzer, !processed.drafts.isEmpty else { return processed.drafts }
        let known = try store.contentHashes(feedID: processed.feed.id, keys: processed.drafts.map(\.identityKey))
        return processed.drafts.map { draft in
            guard known[draft.identityKey] != draft.contentHash else { return draft }
            var analysed = draft
            let input = ItemAnalyzer.input(id: draft.identityKey, entry: draft.entry, declaredLanguage: processed.declaredLanguage)
            let (analysis, body) = analyzer.analyzeKeepingTokens(input)
            analysed.analysis = analysis
            if let syndicator {
                syndication[draft.identityKey] = syndicator.prepare(entry: draft.entry, analysis: analysis, body: body)
            }
            return analysed
        }
    }

    private func account(_ summary: FeedRunSummary, in run: inout RunRecord) {
        if summary.outcome.isSuccess { run.feedsOK += 1 } else { run.feedsFailed += 1 }
        run.itemsNew += summary.counts.new
        run.itemsUpdated += summary.counts.updated
    }
}

/// A fetch made ready for the writer: parsed, classified, analysed and fingerprinted.
struct PreparedFetch: Sendable {
    var feed: FeedState
    var processed: ProcessedFetch
    /// The drafts to store, with analyses attached to the new and changed ones.
    var drafts: [ItemDraft]
    /// Fingerprints and story features of the analysed drafts, by identity key.
    var syndication: [String: PreparedSyndication] = [:]
    /// Why it cannot be stored (reading the stored content hashes failed).
    var failure: (any Error)?

    /// Its weight in the commit queue: its items, and the feed row itself.
    var weight: Int { drafts.count + 1 }
}
