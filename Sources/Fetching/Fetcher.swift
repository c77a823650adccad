import FeedModel
import Foundation

/// Fetches feeds through one libcurl multi loop, politely: at most `maxConcurrent` transfers at
/// once, `maxPerHost` per host, `hostGap` seconds between requests to a host, and a host that
/// answered 429 is left alone until its Retry-After.
///
/// Keep one `Fetcher` for the life of the process: host gaps and 429 throttles are remembered by
/// the fetcher, across `fetch` calls. Releasing it is safe while results are still streaming.
///
/// What callers get back, per request, exactly once:
/// - `.ok` (2xx with a body, in `body`), `.notModified` (304; `etag`/`lastModified` are nil
///   unless the 304 repeated them: keep the stored ones), `.notAFeed` (2xx with an empty body).
/// - Every other outcome has a `message` that starts with the request URL and says what happened.
/// - Requests to a host throttled by a 429 whose Retry-After lies beyond `totalTimeout` are not
///   sent: `.rateLimited`, `httpStatus` 0, `hints.retryAfter` set, message "… not sent …".
/// - `hints` come from the final response: `freshUntil` (max-age or Expires) on any status,
///   `retryAfter` on 429 and 503. They are lower bounds for the next poll, possibly in the past.
/// - `redirects` lists every hop with its absolute target; host gaps apply to the first request
///   of a fetch, not to its redirect hops.
public final class Fetcher: Sendable {
    public let options: FetchOptions
    let loop: MultiLoop

    public convenience init(options: FetchOptions = FetchOptions()) {
        self.init(options: options, gate: AddressGate(options: options))
    }

    init(options: FetchOptions, gate: AddressGate) {
        self.options = options
        self.loop = MultiLoop(options: options, gate: gate)
    }

    deinit {
        loop.shutdown()
    }

    /// Initialises libcurl (and its TLS library) on a background thread, so that a command can
    /// do it while it reads its configuration; creating a `Fetcher` waits for it if it is still
    /// running. Optional: without it the first `Fetcher` does the work itself.
    public static func prepare() {
        Thread.detachNewThread { _ = CurlCall.globalInit }
    }

    /// Fetches every request; results arrive as each transfer ends, in completion order, and the
    /// stream finishes after the last. Every request gets exactly one result; none throws.
    /// Cancelling the consuming task (or dropping the stream) aborts the transfers still running.
    public func fetch(_ requests: [FetchRequest]) -> AsyncStream<FetchResult> {
        let (stream, continuation) = AsyncStream.makeStream(of: FetchResult.self)
        loop.submit(requests, to: continuation)
        return stream
    }

    /// Fetches every request and returns all results at once, in completion order, when the last
    /// transfer has ended: for callers that need every result before going on, without a task
    /// switch per result. Cancelling the calling task aborts the transfers still running; their
    /// requests are answered `.network`, "fetch was cancelled".
    public func fetchAll(_ requests: [FetchRequest]) async -> [FetchResult] {
        let id = loop.newBatchID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                loop.submit(requests, to: Batch(id: id, count: requests.count, sink: .all(continuation)))
            }
        } onCancel: {
            loop.cancel(batch: id)
        }
    }

    /// Fetches every request and hands each result to `onResult` as it arrives, one at a time.
    public func fetch(_ requests: [FetchRequest], onResult: (FetchResult) async -> Void) async {
        for await result in fetch(requests) {
            await onResult(result)
        }
    }

    /// Fetches one request (still subject to the host's gap and throttle).
    public func fetchOne(_ request: FetchRequest) async -> FetchResult {
        for await result in fetch([request]) {
            return result
        }
        return FetchResult(request: request, outcome: .network, message: "\(request.url): fetch was cancelled")
    }
}
