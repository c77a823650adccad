#if canImport(Glibc)
import Glibc
#endif
import FeedModel
import Fetching
import Foundation
import Logging
import ServiceLifecycle
import Storage

/// What the daemon is doing, for systemd's STATUS= line and logs.
public struct SchedulerStatus: Sendable, Hashable {
    public var feedsInFlight: Int
    public var cycles: Int
    public var itemsNew: Int
    public var itemsUpdated: Int
    public var lastRunID: Int64?

    public var line: String {
        let activity = feedsInFlight > 0 ? "fetching \(feedsInFlight) feeds" : "idle"
        return "\(activity); \(cycles) cycles, \(itemsNew) new and \(itemsUpdated) updated items since start"
    }
}

/// The daemon's heart: fetches each feed when it comes due, through the same `Pipeline` as `ingest`.
/// Due feeds start as soon as they are due, while earlier ones are still in flight; each batch that
/// fetched something is one run record. On graceful shutdown no new fetch starts, in-flight fetches
/// get `shutdownGrace` seconds to finish and are then abandoned (every feed commits in its own
/// transaction, so nothing half-stored remains).
public actor Scheduler: Service {
    private var pipeline: Pipeline
    private let store: Store
    private let logger: Logger
    private let clock: @Sendable () -> Date
    private let tick: Double
    private let shutdownGrace: Double
    private let onStatus: @Sendable (SchedulerStatus) -> Void
    private let onHeartbeat: @Sendable () -> Void
    private var inFlight: Set<Int64> = []
    private var status = SchedulerStatus(feedsInFlight: 0, cycles: 0, itemsNew: 0, itemsUpdated: 0)

    public init(
        pipeline: Pipeline, store: Store, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() },
        tick: Double = 1, shutdownGrace: Double = 7,
        onStatus: @escaping @Sendable (SchedulerStatus) -> Void = { _ in },
        onHeartbeat: @escaping @Sendable () -> Void = {}
    ) {
        self.pipeline = pipeline
        self.store = store
        self.logger = logger
        self.clock = clock
        self.tick = tick
        self.shutdownGrace = shutdownGrace
        self.onStatus = onStatus
        self.onHeartbeat = onHeartbeat
    }

    /// The fetcher in use (its host throttles carry across cycles).
    public var currentFetcher: Fetcher { pipeline.fetcher }

    /// Swaps in a pipeline built from a reloaded configuration; fetches already running finish with the old one.
    public func replacePipeline(_ pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// What a child task of the scheduler's group reports when it ends.
    enum Event: Sendable {
        /// Time to look for due feeds again.
        case tick
        /// A batch of feeds finished.
        case batchDone
        /// The shutdown grace ran out.
        case graceOver
    }

    public func run() async throws {
        let abandoned = try store.closeAbandonedRuns(at: clock())
        if abandoned > 0 { logger.notice("closed runs left open by an earlier process", metadata: ["runs": "\(abandoned)"]) }
        onStatus(status)
        // Every child (the tick timer, each batch) is awaited as it ends: a task group keeps a
        // finished child until its result is taken, so a months-long loop that never took them
        // would grow by one task per cycle. On graceful shutdown no new batch starts; those in
        // flight get `shutdownGrace` seconds, then are cancelled.
        await withTaskGroup(of: Event.self) { group in
            group.addTask { .tick }
            var draining = false
            while let event = await group.next() {
                switch event {
                case .tick where !draining:
                    guard !Task.isShuttingDownGracefully && !Task.isCancelled else {
                        draining = true
                        logger.notice("shutting down", metadata: ["in_flight": "\(inFlight.count)"])
                        if inFlight.isEmpty {
                            group.cancelAll()
                        } else {
                            let grace = shutdownGrace
                            group.addTask {
                                try? await Task.sleep(for: .seconds(grace))
                                return .graceOver
                            }
                        }
                        continue
                    }
                    launchDueFeeds(in: &group)
                    onHeartbeat()
                    let tick = self.tick
                    group.addTask {
                        try? await Task.sleep(for: .seconds(tick))
                        return .tick
                    }
                case .tick, .batchDone:
                    if draining, inFlight.isEmpty { group.cancelAll() }
                case .graceOver:
                    if !inFlight.isEmpty {
                        logger.warning("abandoning fetches still in flight", metadata: ["feeds": "\(inFlight.count)"])
                    }
                    group.cancelAll()
                }
            }
        }
    }

    private func launchDueFeeds(in group: inout TaskGroup<Event>) {
        let due: [FeedState]
        do {
            due = try store.dueFeeds(at: clock()).filter { !inFlight.contains($0.id) }
        } catch {
            logger.error("cannot read due feeds", metadata: ["error": "\(error)"])
            return
        }
        guard !due.isEmpty else { return }
        let ids = due.map(\.id)
        inFlight.formUnion(ids)
        publishStatus()
        let pipeline = self.pipeline
        group.addTask {
            let report = try? await pipeline.ingest(due, kind: "daemon")
            await self.finished(ids, report: report)
            return .batchDone
        }
    }

    private func finished(_ ids: [Int64], report: IngestReport?) {
        inFlight.subtract(ids)
        if inFlight.isEmpty { store.releaseMemory() }
        Self.releaseFreeMemory()
        if let report {
            status.cycles += 1
            status.itemsNew += report.run.itemsNew
            status.itemsUpdated += report.run.itemsUpdated
            status.lastRunID = report.run.id
        }
        publishStatus()
    }

    /// Hands memory freed by a finished batch back to the system (after every batch: on a busy
    /// daemon the batches overlap and an idle moment may never come). A cycle's parse and analysis
    /// peak otherwise stays resident (glibc keeps freed pages in its arenas), and a months-long daemon
    /// should sit at its working set, not at its largest cycle.
    public static func releaseFreeMemory() {
        _ = mallocTrim?(0)
    }

    /// Sets glibc's allocator up for a long-running process, before the first cycle: two arenas
    /// (not eight per core: each arena keeps its own freed pages, and the pool's threads take turns
    /// with the work), and a fixed 128 KiB threshold above which blocks are mapped on their own and
    /// unmapped when freed (glibc otherwise raises it after the first large free, and feed bodies
    /// and parse buffers then fragment the heap). No-op on other C libraries.
    public static func tuneAllocatorForDaemon() {
        guard let mallopt = mallocOption else { return }
        _ = mallopt(-8, 2)  // M_ARENA_MAX
        _ = mallopt(-3, 128 * 1024)  // M_MMAP_THRESHOLD
    }

    /// glibc's `malloc_trim` and `mallopt` (not in Swift's Glibc module), looked up once; nil on
    /// other C libraries.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = glibcFunction("malloc_trim")
    private static let mallocOption: (@convention(c) (Int32, Int32) -> Int32)? = glibcFunction("mallopt")

    private static func glibcFunction<F>(_ name: String) -> F? {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: F.self)
        #else
        return nil
        #endif
    }

    private func publishStatus() {
        status.feedsInFlight = inFlight.count
        onStatus(status)
    }
}
