import FeedModel
import Fetching
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Failures decided before or at connect time, and file:// feeds.
@Suite struct FetcherLocalTests {
    @Test func unsupportedAndMalformedURLsAreRefusedUnsent() async {
        let r = await fetchAll(["ftp://127.0.0.1/feed.xml", "not a url", "gopher://example.org/"])
        #expect(r["ftp://127.0.0.1/feed.xml"]?.outcome == .unsupportedScheme)
        #expect(r["ftp://127.0.0.1/feed.xml"]?.message?.contains("\"ftp\"") == true)
        #expect(r["not a url"]?.outcome == .unsupportedScheme)
        #expect(r["gopher://example.org/"]?.outcome == .unsupportedScheme)
    }

    @Test func connectionRefusedNamesThePeer() async throws {
        let port = try Self.closedPort()
        let url = "http://127.0.0.1:\(port)/feed"
        let result = try #require(await fetchAll([url])[url])
        #expect(result.outcome == .connect)
        #expect(result.message == "\(url): connection refused by 127.0.0.1:\(port)")
    }

    @Test func unknownHostIsDNS() async throws {
        let url = "http://no-such-feed.invalid/rss"
        let result = try #require(await fetchAll([url])[url])
        #expect(result.outcome == .dns)
        #expect(result.message?.contains("no-such-feed.invalid") == true)
    }

    @Test func fileFeedsAreReadWithTheSameCap() async throws {
        let feed = fixtureURL("local-feed.xml").absoluteString
        let bomb = fixtureURL("gzip-bomb.gz").absoluteString
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("wirewatch-empty-\(UUID()).xml")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let missing = "file:///nonexistent/wirewatch/feed.xml"
        let r = await fetchAll([feed, bomb, empty.absoluteString, missing], options: .testing { $0.maxBodyBytes = 10_000 })
        #expect(r[feed]?.outcome == .ok)
        let text = String(decoding: r[feed]?.body ?? [], as: UTF8.self)
        #expect(text.contains("<title>Local</title>"))
        #expect(r[bomb]?.outcome == .tooLarge)
        #expect(r[empty.absoluteString]?.outcome == .notAFeed)
        #expect(r[missing]?.outcome == .fileError)
        #expect(r[missing]?.message?.contains("/nonexistent/wirewatch/feed.xml") == true)
    }

    @Test func emptyRequestListFinishesAtOnce() async {
        var count = 0
        for await _ in Fetcher(options: .testing()).fetch([]) { count += 1 }
        #expect(count == 0)
    }

    /// A loopback port with nothing listening: bound, then closed.
    static func closedPort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { throw POSIXError(.EADDRNOTAVAIL) }
        return UInt16(bigEndian: address.sin_port)
    }
}
