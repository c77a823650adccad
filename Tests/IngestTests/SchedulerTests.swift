import FeedModel
import Fetching
import Foundation
import Ingest
import Logging
import ServiceLifecycleTestKit
import Storage
import TestSupport
import Testing

@Suite struct SchedulerTests {
    func makeScheduler(store: Store, server: FeedServer, statuses: StatusLog? = nil) -> Scheduler {
        var options = FetchOptions()
        options.allowPrivateAddresses = true
        options.hostGap = 0
        var schedule = ScheduleSettings()
        schedule.minInterval = 1
        schedule.defaultInterval = 1
        schedule.jitter = 0
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let pipeline = Pipeline(store: store, fetcher: Fetcher(options: options), schedule: schedule, logger: logger)
        return Scheduler(
            pipeline: pipeline, store: store, logger: logger, tick: 0.1, shutdownGrace: 2,
            onStatus: { status in statuses?.append(status) })
    }

    @Test func fetchesDueFeedsAgainAndStopsGracefully() async throws {
        let server = try FeedServer()
        try await server.start()
        await server.set("/a.xml", .feed(SampleFeeds.rss(title: "A", items: [.init(guid: "1", link: "https://a.example/1", title: "Eins", body: "x")])))
        let directory = try TemporaryDirectory()
        let store = try Store(path: directory.file("db.sqlite"))
        try store.syncSubscriptions([FeedSubscription(url: await server.url("/a.xml"))], at: Date())
        let statuses = StatusLog()
        let scheduler = makeScheduler(store: store, server: server, statuses: statuses)

        let started = Date()
        try await testGracefulShutdown { trigger in
            let task = Task { try await scheduler.run() }
            // Wait until the feed was fetched at least twice (interval 1 s).
            for _ in 0..<100 where await server.hits("/a.xml") < 2 {
                try await Task.sleep(for: .milliseconds(100))
            }
            trigger.triggerGracefulShutdown()
            try await task.value
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(await server.hits("/a.xml") >= 2)
        #expect(try store.items(ItemQuery()).count == 1)
        let runs = try store.runs(last: 10)
        #expect(runs.count >= 2)
        #expect(runs.allSatisfy { $0.status != .running && $0.kind == "daemon" })
        #expect(statuses.all.contains { $0.cycles >= 2 })
        await server.stop()
        directory.remove()
    }

    @Test func abandonsASlowFetchWithinTheGraceAndLeavesNoOpenRun() async throws {
        let server = try FeedServer()
        try await server.start()
        await server.set("/slow.xml", .init(status: 200, body: Array("<rss>".utf8)))
        await server.setDelay("/slow.xml", seconds: 30)
        let directory = try TemporaryDirectory()
        let store = try Store(path: directory.file("db.sqlite"))
        try store.syncSubscriptions([FeedSubscription(url: await server.url("/slow.xml"))], at: Date())
        let scheduler = makeScheduler(store: store, server: server)

        let started = Date()
        try await testGracefulShutdown { trigger in
            let task = Task { try await scheduler.run() }
            for _ in 0..<50 where await server.hits("/slow.xml") < 1 {
                try await Task.sleep(for: .milliseconds(100))
            }
            trigger.triggerGracefulShutdown()
            try await task.value
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try store.runs(last: 10).allSatisfy { $0.status != .running })
        await server.stop()
        directory.remove()
    }
}

/// Collects statuses from any thread.
final class StatusLog: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [SchedulerStatus] = []

    func append(_ status: SchedulerStatus) {
        lock.lock()
        values.append(status)
        lock.unlock()
    }

    var all: [SchedulerStatus] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
