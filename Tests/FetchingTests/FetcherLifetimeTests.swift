import FeedModel
@testable import Fetching
import Foundation
import Testing

/// Ownership of the loop thread and cancellation by the consumer.
@Suite struct FetcherLifetimeTests {
    @Test func resultsStillArriveAfterTheFetcherIsReleased() async throws {
        let server = try await LoopbackHTTP.start { _ in .text(200, sampleFeed) }
        defer { Task { await server.stop() } }
        let stream = Fetcher(options: .testing()).fetch([FetchRequest(url: server.url("/feed"))])
        var outcomes: [FetchOutcome] = []
        for await result in stream { outcomes.append(result.outcome) }
        #expect(outcomes == [.ok])
    }

    @Test func loopIsFreedOnceTheFetcherIsGoneAndWorkIsDone() async throws {
        weak var loop: MultiLoop?
        do {
            let fetcher = Fetcher(options: .testing())
            loop = fetcher.loop
            for await _ in fetcher.fetch([FetchRequest(url: "ftp://127.0.0.1/x")]) {}
        }
        let deadline = ProcessInfo.processInfo.systemUptime + 3
        while loop != nil && ProcessInfo.processInfo.systemUptime < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(loop == nil, "the loop thread ends and the multi handle is freed")
    }

    @Test func cancellingTheConsumerAbortsRunningTransfers() async throws {
        let aborted = AbortFlag()
        let connected = AbortFlag()
        let raw = try RawServer { c in
            c.readRequest()
            connected.set()
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in 0..<50 {
                c.pause(0.1)
                guard c.write("x") else { return aborted.set() }
            }
        }
        defer { raw.stop() }
        let fetcher = Fetcher(options: .testing { $0.lowSpeedBytes = 0 })
        let consumer = Task {
            var count = 0
            for await _ in fetcher.fetch([FetchRequest(url: raw.url("/slow"))]) { count += 1 }
            return count
        }
        // Cancel once the transfer is running (on a loaded machine the consumer may start late:
        // with the suites running in parallel on two cores, CPU-bound tests can hold the task
        // pool for many seconds; a wait that ends as soon as it can costs nothing when it passes).
        let connectDeadline = ProcessInfo.processInfo.systemUptime + 60
        while !connected.isSet && ProcessInfo.processInfo.systemUptime < connectDeadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(connected.isSet, "the transfer reached the server")
        try await Task.sleep(for: .milliseconds(200))
        let started = ProcessInfo.processInfo.systemUptime
        consumer.cancel()
        #expect(await consumer.value == 0)
        // The transfer would take five seconds more: ending well before that is the abort.
        #expect(ProcessInfo.processInfo.systemUptime - started < 2.5)
        let deadline = ProcessInfo.processInfo.systemUptime + 5
        while !aborted.isSet && ProcessInfo.processInfo.systemUptime < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(aborted.isSet, "the server saw the connection go away")
    }
}

/// Set by a server thread when its peer went away.
final class AbortFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// The address check runs on every connection curl opens, redirect hops included.
@Suite struct RedirectAddressCheckTests {
    @Test func aRedirectToARefusedAddressIsBlocked() async throws {
        let probe = ConcurrencyProbe()
        let target = try await LoopbackHTTP.start(host: "127.0.0.2") { _ in
            await probe.enter()
            return .text(200, sampleFeed)
        }
        let origin = try await LoopbackHTTP.start { _ in .text(302, headers: ["Location": target.url("/feed")]) }
        defer { Task { await origin.stop(); await target.stop() } }
        let fetcher = Fetcher(options: .testing(), gate: AddressGate(options: .testing(), alsoRefused: ["127.0.0.2"]))
        let result = await fetcher.fetchOne(FetchRequest(url: origin.url("/start")))
        #expect(result.outcome == .blockedAddress)
        #expect(result.redirects == [Redirect(status: 302, location: target.url("/feed"))])
        #expect(result.message?.contains("refused to connect to 127.0.0.2") == true)
        #expect(await probe.arrivals.isEmpty)
    }
}
