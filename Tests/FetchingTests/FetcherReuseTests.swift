import FeedModel
@testable import Fetching
import FlyingFox
import Foundation
import Testing

/// `fetchAll`, bodies that are counted but not kept, and easy handles reused from one transfer
/// to the next.
@Suite struct FetcherReuseTests {
    @Test func fetchAllReturnsOneResultPerRequest() async throws {
        let server = try await LoopbackHTTP.start { _ in .text(200, sampleFeed) }
        defer { Task { await server.stop() } }
        let urls = (1...5).map { server.url("/\($0)") } + ["ftp://127.0.0.1/x"]
        let results = await Fetcher(options: .testing()).fetchAll(urls.map { FetchRequest(url: $0) })
        #expect(results.count == urls.count)
        #expect(Set(results.map(\.request.url)) == Set(urls))
        #expect(results.filter { $0.outcome == .ok }.count == 5)
        #expect(await Fetcher(options: .testing()).fetchAll([]).isEmpty)
    }

    @Test func cancellingFetchAllAnswersEveryRequestAndAbortsTheTransfer() async throws {
        let aborted = AbortFlag()
        let raw = try RawServer { c in
            c.readRequest()
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in 0..<50 {
                c.pause(0.1)
                guard c.write("x") else { return aborted.set() }
            }
        }
        defer { raw.stop() }
        let fetcher = Fetcher(options: .testing { $0.lowSpeedBytes = 0 })
        // Same host, one at a time: the first is running, the second queued when the caller goes away.
        let requests = [FetchRequest(url: raw.url("/slow")), FetchRequest(url: raw.url("/queued"))]
        let caller = Task { await fetcher.fetchAll(requests) }
        // Cancel once the first transfer is under way (a busy test run may start the task late).
        let connected = ProcessInfo.processInfo.systemUptime + 10
        while raw.connectionCount == 0 && ProcessInfo.processInfo.systemUptime < connected {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: .milliseconds(200))
        caller.cancel()
        let results = await caller.value
        // Had the transfer run its course (5 s), the first would be `.ok`.
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.outcome == .network && $0.message?.hasSuffix("fetch was cancelled") == true })
        let deadline = ProcessInfo.processInfo.systemUptime + 10
        while !aborted.isSet && ProcessInfo.processInfo.systemUptime < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(aborted.isSet, "the server saw the connection go away")
    }

    @Test func bodiesAreCountedButNotKeptWhenAskedNotTo() async throws {
        let server = try await LoopbackHTTP.start { _ in .text(200, sampleFeed) }
        defer { Task { await server.stop() } }
        let kept = await fetchAll([server.url("/feed")])[server.url("/feed")]
        let counted = await fetchAll([server.url("/feed")], options: .testing { $0.keepBodies = false })[server.url("/feed")]
        #expect(kept?.body == Array(sampleFeed.utf8))
        #expect(counted?.outcome == .ok)
        #expect(counted?.body.isEmpty == true)
        #expect(counted?.bytes == sampleFeed.utf8.count)
    }

    /// One transfer at a time, so every request after the first runs on the previous one's handle:
    /// nothing of an earlier request (validators, an aborted body, the error text) leaks into the next.
    @Test func reusedHandlesStartClean() async throws {
        let seen = HeaderLog()
        let big = String(repeating: "x", count: 4096)
        let server = try await LoopbackHTTP.start { request in
            await seen.record(request.path, request.headers[HTTPHeader("If-None-Match")])
            switch request.path {
            case "/big": return .text(200, big)
            case "/gone": return .text(410)
            default:
                if request.headers[HTTPHeader("If-None-Match")] == "\"v1\"" { return .text(304, headers: ["ETag": "\"v1\""]) }
                return .text(200, sampleFeed, headers: ["ETag": "\"v1\""])
            }
        }
        defer { Task { await server.stop() } }
        let requests = [
            FetchRequest(url: server.url("/big")), FetchRequest(url: server.url("/a"), etag: "\"v1\""),
            FetchRequest(url: server.url("/gone")), FetchRequest(url: server.url("/b")),
            FetchRequest(url: server.url("/c"), etag: "\"v1\""), FetchRequest(url: server.url("/d")),
        ]
        let options = FetchOptions.testing {
            $0.maxConcurrent = 1
            $0.maxBodyBytes = 1024
        }
        let fetcher = Fetcher(options: options)
        var results: [String: FetchResult] = [:]
        for result in await fetcher.fetchAll(requests) { results[result.request.url] = result }
        #expect(results[server.url("/big")]?.outcome == .tooLarge)
        #expect(results[server.url("/a")]?.outcome == .notModified)
        #expect(results[server.url("/gone")]?.outcome == .gone)
        #expect(results[server.url("/c")]?.outcome == .notModified)
        for path in ["/b", "/d"] {
            let fresh = results[server.url(path)]
            #expect(fresh?.outcome == .ok)
            #expect(fresh?.body == Array(sampleFeed.utf8))
            #expect(fresh?.message == nil)
        }
        // A later batch on the same fetcher (whose idle handles were freed in between) works too.
        let again = await fetcher.fetchAll([FetchRequest(url: server.url("/e"))])
        #expect(again.first?.outcome == .ok && again.first?.body == Array(sampleFeed.utf8))
        let sent = Dictionary(await seen.entries.map { ($0.0 ?? "", $0.1) }, uniquingKeysWith: { first, _ in first })
        #expect(sent["/b"] == .some(nil) && sent["/d"] == .some(nil) && sent["/e"] == .some(nil), "no validators carried over")
        #expect(sent["/a"] == "\"v1\"" && sent["/c"] == "\"v1\"")
    }
}
