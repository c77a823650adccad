import FeedModel
import Fetching
import FlyingFox
import Foundation
import Testing

/// Status classes, validators, hints and redirects against a real FlyingFox loopback server.
@Suite struct FetcherHTTPTests {
    static let retryDate = Date(timeIntervalSinceNow: 3600)

    static func route(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.path {
        case "/feed":
            return .text(200, sampleFeed, headers: [
                "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300",
                "ETag": "\"v1\"", "Last-Modified": "Sun, 06 Nov 1994 08:49:37 GMT",
            ])
        case "/empty": return .text(200)
        case "/gone": return .text(410)
        case "/missing": return .text(404, "no such feed")
        case "/limited-delta": return .text(429, headers: ["Retry-After": "120"])
        case "/limited-date": return .text(429, headers: ["Retry-After": httpDate(retryDate)])
        case "/unavailable-delta": return .text(503, headers: ["Retry-After": "30"])
        case "/unavailable-date": return .text(503, headers: ["Retry-After": httpDate(retryDate)])
        default: return try await redirectRoute(request)
        }
    }

    static func redirectRoute(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.path
        switch path {
        case "/chain/1": return .text(301, headers: ["Location": "/chain/2"])
        case "/chain/2": return .text(302, headers: ["Location": "3"])
        case "/chain/3": return .text(200, sampleFeed)
        case "/loop/a": return .text(302, headers: ["Location": "/loop/b"])
        case "/loop/b": return .text(302, headers: ["Location": "/loop/a"])
        case "/to-ftp": return .text(302, headers: ["Location": "ftp://127.0.0.1/feed.xml"])
        case "/to-file": return .text(302, headers: ["Location": "file:///etc/passwd"])
        case _ where path.hasPrefix("/hop/"):
            let n = Int(path.dropFirst(5)) ?? 0
            return .text(302, headers: ["Location": "/hop/\(n + 1)"])
        default: return .text(404)
        }
    }

    @Test func okCarriesBodyValidatorsAndFreshness() async throws {
        let server = try await LoopbackHTTP.start(handler: Self.route)
        defer { Task { await server.stop() } }
        let started = Date()
        let feed = try #require(await fetchAll([server.url("/feed")])[server.url("/feed")])
        #expect(feed.outcome == .ok)
        #expect(feed.httpStatus == 200)
        #expect(String(decoding: feed.body, as: UTF8.self) == sampleFeed)
        #expect(feed.bytes == sampleFeed.utf8.count)
        #expect(feed.contentType == "application/rss+xml; charset=utf-8")
        #expect(feed.effectiveURL == server.url("/feed"))
        #expect(feed.etag == "\"v1\"")
        #expect(feed.lastModified == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(feed.message == nil)
        #expect(feed.duration > 0)
        let fresh = try #require(feed.hints.freshUntil)
        #expect(abs(fresh.timeIntervalSince(started) - 300) < 30)
    }

    @Test func errorStatusesAreClassifiedWithMessages() async throws {
        let server = try await LoopbackHTTP.start(handler: Self.route)
        defer { Task { await server.stop() } }
        let r = await fetchAll(["/empty", "/gone", "/missing"].map(server.url))
        #expect(r[server.url("/empty")]?.outcome == .notAFeed)
        #expect(r[server.url("/empty")]?.message == "\(server.url("/empty")): HTTP 200 OK with an empty body")
        #expect(r[server.url("/gone")]?.outcome == .gone)
        #expect(r[server.url("/gone")]?.httpStatus == 410)
        #expect(r[server.url("/gone")]?.message?.contains("HTTP 410 Gone") == true)
        let missing = r[server.url("/missing")]
        #expect(missing?.outcome == .httpError)
        #expect(missing?.httpStatus == 404)
        #expect(missing?.body.isEmpty == true)
        #expect(missing?.message == "\(server.url("/missing")): HTTP 404 Not Found")
    }

    @Test func retryAfterInBothFormsOn429And503() async throws {
        let server = try await LoopbackHTTP.start(handler: Self.route)
        // A 429 throttles its whole host, so each 429 gets a host of its own.
        let limitedA = try await LoopbackHTTP.start(host: "127.0.0.3", handler: Self.route)
        let limitedB = try await LoopbackHTTP.start(host: "127.0.0.4", handler: Self.route)
        defer { Task { await server.stop(); await limitedA.stop(); await limitedB.stop() } }
        let started = Date()
        let urls = [limitedA.url("/limited-delta"), limitedB.url("/limited-date"), server.url("/unavailable-delta"), server.url("/unavailable-date")]
        let r = await fetchAll(urls)
        let delta = try #require(r[urls[0]])
        #expect(delta.outcome == .rateLimited)
        #expect(delta.httpStatus == 429)
        #expect(delta.message?.contains("HTTP 429 Too Many Requests (Retry-After: ") == true)
        #expect(abs((delta.hints.retryAfter ?? .distantPast).timeIntervalSince(started) - 120) < 30)
        let dated = try #require(r[urls[1]])
        #expect(dated.outcome == .rateLimited)
        #expect(abs((dated.hints.retryAfter ?? .distantPast).timeIntervalSince(Self.retryDate)) < 1.5)
        let unavailable = try #require(r[urls[2]])
        #expect(unavailable.outcome == .httpError)
        #expect(unavailable.httpStatus == 503)
        #expect(abs((unavailable.hints.retryAfter ?? .distantPast).timeIntervalSince(started) - 30) < 30)
        #expect(abs((r[urls[3]]?.hints.retryAfter ?? .distantPast).timeIntervalSince(Self.retryDate)) < 1.5)
    }

    @Test func redirectChainIsRecorded() async throws {
        let server = try await LoopbackHTTP.start(handler: Self.route)
        defer { Task { await server.stop() } }
        let result = try #require(await fetchAll([server.url("/chain/1")]).values.first)
        #expect(result.outcome == .ok)
        #expect(result.redirects == [
            Redirect(status: 301, location: server.url("/chain/2")), Redirect(status: 302, location: server.url("/chain/3")),
        ])
        #expect(result.effectiveURL == server.url("/chain/3"))
    }

    @Test func redirectLoopTooManyAndNonHTTPTargets() async throws {
        let server = try await LoopbackHTTP.start(handler: Self.route)
        defer { Task { await server.stop() } }
        let options = FetchOptions.testing { $0.maxRedirects = 3 }
        let r = await fetchAll(["/loop/a", "/hop/0", "/to-ftp", "/to-file", "/feed"].map(server.url), options: options)
        let loop = r[server.url("/loop/a")]
        #expect(loop?.outcome == .redirectLoop)
        #expect(loop?.redirects.count == 2)
        #expect(loop?.message?.contains("redirect loop") == true)
        let hops = r[server.url("/hop/0")]
        #expect(hops?.outcome == .tooManyRedirects)
        #expect(hops?.message?.contains("more than 3 redirects") == true)
        #expect(r[server.url("/to-ftp")]?.outcome == .unsupportedScheme)
        #expect(r[server.url("/to-ftp")]?.message?.contains("ftp://127.0.0.1/feed.xml") == true)
        #expect(r[server.url("/to-file")]?.outcome == .unsupportedScheme)
        #expect(r[server.url("/feed")]?.outcome == .ok)
    }

    @Test func conditionalGetSendsValidatorsVerbatim() async throws {
        let seen = HeaderLog()
        let etag = "W/\"x\""
        let modified = "Tue,  15 Nov 1994   08:12:31 GMT"
        let server = try await LoopbackHTTP.start { request in
            let match = request.headers[HTTPHeader("If-None-Match")]
            let since = request.headers[HTTPHeader("If-Modified-Since")]
            await seen.record(match, since)
            if match == etag || since == modified { return .text(304, headers: ["ETag": etag]) }
            return .text(200, sampleFeed, headers: ["ETag": etag, "Last-Modified": modified])
        }
        defer { Task { await server.stop() } }
        let requests = [
            FetchRequest(url: server.url("/a"), etag: etag, lastModified: modified),
            FetchRequest(url: server.url("/b")),
        ]
        let r = await fetchAll(requests, options: .testing()).results
        #expect(r[server.url("/a")]?.outcome == .notModified)
        #expect(r[server.url("/a")]?.httpStatus == 304)
        #expect(r[server.url("/a")]?.message == nil)
        let fresh = r[server.url("/b")]
        #expect(fresh?.outcome == .ok)
        #expect(fresh?.etag == etag)
        #expect(fresh?.lastModified == modified)
        #expect(await seen.entries.contains { $0.0 == etag && $0.1 == modified })
        #expect(await seen.entries.contains { $0.0 == nil && $0.1 == nil })
    }

    @Test func sendsUserAgentAcceptEncodingAndNoInjectedValidators() async throws {
        let seen = HeaderLog()
        let server = try await LoopbackHTTP.start { request in
            await seen.record(request.headers[HTTPHeader("User-Agent")], request.headers[HTTPHeader("Accept-Encoding")])
            await seen.record(request.headers[HTTPHeader("If-None-Match")], request.headers[HTTPHeader("X-Injected")])
            return .text(200, sampleFeed)
        }
        defer { Task { await server.stop() } }
        let options = FetchOptions.testing { $0.userAgent = "wirewatch-test/1" }
        let request = FetchRequest(url: server.url("/feed"), etag: "\"a\"\r\nX-Injected: 1")
        let (r, _) = await fetchAll([request], options: options)
        #expect(r[request.url]?.outcome == .ok)
        let entries = await seen.entries
        #expect(entries.first?.0 == "wirewatch-test/1")
        #expect(entries.first?.1?.contains("gzip") == true)
        #expect(entries.last?.0 == nil, "a validator with CR/LF is not sent")
        #expect(entries.last?.1 == nil)
    }

    @Test func gzipBombStopsAtDecodedCap() async throws {
        let bomb = try Data(contentsOf: fixtureURL("gzip-bomb.gz"))
        let server = try await LoopbackHTTP.start { request in
            if request.path == "/feed" { return .text(200, sampleFeed) }
            var headers = HTTPHeaders()
            headers.addValue("gzip", for: HTTPHeader("Content-Encoding"))
            return HTTPResponse(statusCode: .ok, headers: headers, body: bomb)
        }
        defer { Task { await server.stop() } }
        let options = FetchOptions.testing { $0.maxBodyBytes = 1_000_000 }
        let r = await fetchAll(["/bomb", "/feed"].map(server.url), options: options)
        let result = r[server.url("/bomb")]
        #expect(result?.outcome == .tooLarge)
        #expect(result?.message == "\(server.url("/bomb")): body exceeded 1000000 bytes")
        #expect(result?.body.isEmpty == true)
        #expect(r[server.url("/feed")]?.outcome == .ok)
    }

    @Test func loopbackIsBlockedUnlessAllowed() async throws {
        let probe = ConcurrencyProbe()
        let server = try await LoopbackHTTP.start { _ in
            await probe.enter()
            return .text(200, sampleFeed)
        }
        defer { Task { await server.stop() } }
        let options = FetchOptions.testing { $0.allowPrivateAddresses = false }
        let result = try #require(await fetchAll([server.url("/feed")], options: options).values.first)
        #expect(result.outcome == .blockedAddress)
        #expect(result.message?.contains("127.0.0.1") == true)
        #expect(result.message?.contains("loopback") == true)
        #expect(await probe.arrivals.isEmpty)
    }
}

/// Validators as the server received them.
actor HeaderLog {
    private(set) var entries: [(String?, String?)] = []
    func record(_ match: String?, _ since: String?) { entries.append((match, since)) }
}
