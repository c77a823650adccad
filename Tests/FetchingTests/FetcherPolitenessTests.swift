import FeedModel
import Fetching
import FlyingFox
import Foundation
import Testing

/// Per-host limits, host gaps and 429 throttling, seen from the server side.
@Suite struct FetcherPolitenessTests {
    static func slowFeed(_ probe: ConcurrencyProbe, total: ConcurrencyProbe) -> @Sendable (HTTPRequest) async throws -> HTTPResponse {
        { _ in
            await probe.enter()
            await total.enter()
            try await Task.sleep(for: .milliseconds(300))
            await probe.leave()
            await total.leave()
            return .text(200, sampleFeed)
        }
    }

    @Test func oneAtATimePerHostButHostsInParallel() async throws {
        let (one, two, total) = (ConcurrencyProbe(), ConcurrencyProbe(), ConcurrencyProbe())
        let first = try await LoopbackHTTP.start(host: "127.0.0.1", handler: Self.slowFeed(one, total: total))
        let second = try await LoopbackHTTP.start(host: "127.0.0.2", handler: Self.slowFeed(two, total: total))
        defer { Task { await first.stop(); await second.stop() } }
        let urls = (1...3).flatMap { [first.url("/\($0)"), second.url("/\($0)")] }
        let results = await fetchAll(urls)
        #expect(results.count == 6)
        #expect(results.values.allSatisfy { $0.outcome == .ok })
        #expect(await one.maxInFlight == 1)
        #expect(await two.maxInFlight == 1)
        #expect(await total.maxInFlight == 2, "the two hosts are fetched in parallel")
    }

    @Test func overallConcurrencyLimitHolds() async throws {
        let total = ConcurrencyProbe()
        var started: [LoopbackHTTP] = []
        for i in 1...5 {
            started.append(try await LoopbackHTTP.start(host: "127.0.0.\(i)", handler: Self.slowFeed(ConcurrencyProbe(), total: total)))
        }
        let servers = started
        defer { Task { for server in servers { await server.stop() } } }
        let results = await fetchAll(servers.map { $0.url("/feed") }, options: .testing { $0.maxConcurrent = 2 })
        #expect(results.values.allSatisfy { $0.outcome == .ok })
        #expect(await total.maxInFlight == 2)
    }

    @Test func hostGapIsRespected() async throws {
        let probe = ConcurrencyProbe()
        let server = try await LoopbackHTTP.start { _ in
            await probe.enter()
            await probe.leave()
            return .text(200, sampleFeed)
        }
        defer { Task { await server.stop() } }
        let options = FetchOptions.testing { $0.hostGap = 0.4 }
        let (results, _) = await fetchAll((1...3).map { FetchRequest(url: server.url("/\($0)")) }, options: options)
        #expect(results.values.allSatisfy { $0.outcome == .ok })
        let arrivals = await probe.arrivals
        #expect(arrivals.count == 3)
        for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
            #expect(later - earlier >= 0.35, "requests to one host at least hostGap apart")
        }
    }

    @Test func rateLimitedHostIsNotContactedAgain() async throws {
        let probe = ConcurrencyProbe()
        let limited = try await LoopbackHTTP.start { request in
            await probe.enter()
            await probe.leave()
            return request.path == "/first" ? .text(429, headers: ["Retry-After": "120"]) : .text(200, sampleFeed)
        }
        let other = try await LoopbackHTTP.start(host: "127.0.0.2") { _ in .text(200, sampleFeed) }
        defer { Task { await limited.stop(); await other.stop() } }
        let urls = [limited.url("/first"), limited.url("/second"), limited.url("/third"), other.url("/feed")]
        let results = await fetchAll(urls)
        #expect(results[limited.url("/first")]?.outcome == .rateLimited)
        for path in ["/second", "/third"] {
            let skipped = results[limited.url(path)]
            #expect(skipped?.outcome == .rateLimited)
            #expect(skipped?.httpStatus == 0)
            #expect(skipped?.message?.contains("not sent") == true)
            #expect(skipped?.hints.retryAfter != nil)
        }
        #expect(await probe.arrivals.count == 1)
        #expect(results[other.url("/feed")]?.outcome == .ok)
    }

    @Test func shortRetryAfterDelaysTheHostsNextRequest() async throws {
        let probe = ConcurrencyProbe()
        let server = try await LoopbackHTTP.start { request in
            await probe.enter()
            await probe.leave()
            return request.path == "/first" ? .text(429, headers: ["Retry-After": "1"]) : .text(200, sampleFeed)
        }
        defer { Task { await server.stop() } }
        let results = await fetchAll([server.url("/first"), server.url("/second")])
        #expect(results[server.url("/second")]?.outcome == .ok)
        let arrivals = await probe.arrivals
        #expect(arrivals.count == 2)
        if arrivals.count == 2 { #expect(arrivals[1] - arrivals[0] >= 0.9) }
    }
}
