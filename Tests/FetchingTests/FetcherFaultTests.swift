import FeedModel
import Fetching
import Foundation
import Testing

/// Misbehaving servers (raw sockets on 127.0.0.1), each fetched beside a healthy feed on
/// 127.0.0.2 in the same call, which must come back `.ok` regardless.
@Suite struct FetcherFaultTests {
    /// Runs `script` as the faulty server and fetches it together with a healthy neighbour.
    func fetchBeside(
        options: FetchOptions = .testing(), script: @escaping @Sendable (RawConnection) -> Void
    ) async throws -> (faulty: FetchResult, seconds: Double) {
        let raw = try RawServer(script: script)
        defer { raw.stop() }
        let healthy = try await LoopbackHTTP.start(host: "127.0.0.2") { _ in .text(200, sampleFeed) }
        defer { Task { await healthy.stop() } }
        let (r, seconds) = await fetchAll([FetchRequest(url: raw.url("/feed")), FetchRequest(url: healthy.url("/feed"))], options: options)
        #expect(r[healthy.url("/feed")]?.outcome == .ok, "the healthy neighbour must be unaffected")
        return (try #require(r[raw.url("/feed")]), seconds)
    }

    @Test func slowHeadersTimeOut() async throws {
        // 2 s, not 1: the healthy neighbour has the same limit, and a loaded machine can stall
        // the task pool for a second.
        let options = FetchOptions.testing { $0.totalTimeout = 2 }
        let (result, seconds) = try await fetchBeside(options: options) { c in
            c.readRequest()
            c.pause(5)
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        }
        #expect(result.outcome == .timeout)
        #expect(result.message?.contains("timed out") == true)
        #expect(result.httpStatus == 0)
        #expect(seconds < 4.9)
    }

    @Test func oneBytePerSecondIsAbortedAsTooSlow() async throws {
        // 2 s, not 1: the healthy neighbour runs on the task pool, which a loaded machine can stall for a second.
        let options = FetchOptions.testing { $0.lowSpeedBytes = 64; $0.lowSpeedSeconds = 2; $0.totalTimeout = 8 }
        let (result, seconds) = try await fetchBeside(options: options) { c in
            c.readRequest()
            guard c.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n") else { return }
            for _ in 0..<10 {
                guard c.write("x") else { return }
                c.pause(1)
            }
        }
        #expect(result.outcome == .timeout)
        #expect(result.message?.contains("too slow") == true)
        #expect(result.httpStatus == 200)
        #expect(result.body.isEmpty)
        #expect(seconds < 6)
    }

    @Test func resetMidBodyIsNetwork() async throws {
        let (result, _) = try await fetchBeside { c in
            c.readRequest()
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + String(repeating: "x", count: 100))
            c.pause(0.2)
            c.reset()
        }
        #expect(result.outcome == .network)
        #expect(result.message?.hasPrefix(result.request.url) == true)
        #expect(result.message?.localizedCaseInsensitiveContains("reset") == true)
        #expect(result.body.isEmpty)
    }

    @Test func truncatedChunkedBodyIsNetwork() async throws {
        let (result, _) = try await fetchBeside { c in
            c.readRequest()
            c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + String(repeating: "x", count: 10))
        }
        #expect(result.outcome == .network)
        #expect(result.message?.contains("truncated") == true)
    }

    @Test func lyingContentLengthIsNetwork() async throws {
        let (result, _) = try await fetchBeside { c in
            c.readRequest()
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789")
        }
        #expect(result.outcome == .network)
        #expect(result.message?.contains("truncated") == true)
    }

    @Test func hugeContentLengthIsTooLarge() async throws {
        let options = FetchOptions.testing { $0.maxBodyBytes = 1_000_000 }
        let (result, _) = try await fetchBeside(options: options) { c in
            c.readRequest()
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\n\r\n0123456789")
        }
        #expect(result.outcome == .tooLarge)
        #expect(result.message?.contains("exceeded 1000000 bytes") == true)
    }
}
