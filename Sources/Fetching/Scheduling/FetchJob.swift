import FeedModel

/// One requested fetch on its way through the multi loop, and where it is going.
struct FetchJob {
    /// Where a request goes, decided once from its URL before anything is sent.
    enum Target {
        case http(host: String)
        case file(path: String)
        case refused(FetchOutcome, message: String)
    }

    let request: FetchRequest
    let batch: Batch
    let target: Target

    init(request: FetchRequest, batch: Batch) {
        self.request = request
        self.batch = batch
        self.target = Self.target(for: request.url)
    }

    /// http/https with a host, or file:// with a path; anything else is refused up front.
    static func target(for url: String) -> Target {
        guard let parsed = try? CurlURL(url), let scheme = parsed.scheme else {
            return .refused(.unsupportedScheme, message: "\(url): not a valid http(s) or file URL")
        }
        switch scheme {
        case "http", "https":
            guard let host = parsed.host, !host.isEmpty else {
                return .refused(.unsupportedScheme, message: "\(url): URL has no host")
            }
            return .http(host: host)
        case "file":
            return .file(path: parsed.decodedPath ?? "")
        default:
            return .refused(.unsupportedScheme, message: "\(url): scheme \"\(scheme)\" is not supported (only http, https and file)")
        }
    }
}

/// The results of one `fetch` call: delivered into the caller's stream, which is finished after
/// the last, or collected and handed over in one piece after the last. Used only on the loop
/// thread once submitted (the continuations themselves are thread-safe).
final class Batch {
    /// Where results go.
    enum Sink {
        /// Each result as it comes (`Fetcher.fetch`).
        case stream(AsyncStream<FetchResult>.Continuation)
        /// All results at once (`Fetcher.fetchAll`): one wakeup of the caller instead of one per result.
        case all(CheckedContinuation<[FetchResult], Never>)
    }

    let id: Int
    private let sink: Sink
    private var collected: [FetchResult] = []
    private(set) var remaining: Int

    init(id: Int, count: Int, sink: Sink) {
        self.id = id
        self.remaining = count
        self.sink = sink
        if case .all = sink { collected.reserveCapacity(count) }
        if count == 0 { end() }
    }

    func deliver(_ result: FetchResult) {
        guard remaining > 0 else { return }
        remaining -= 1
        switch sink {
        case .stream(let continuation): continuation.yield(result)
        case .all: collected.append(result)
        }
        if remaining == 0 { end() }
    }

    /// Answers a request whose transfer was called off because the batch was cancelled: `fetchAll`
    /// still needs a result for it; a stream's consumer is gone (AsyncStream calls the
    /// termination handler before it stops taking values, so nothing more is yielded to it).
    func deliverCancelled(_ request: FetchRequest) {
        guard case .all = sink else { return }
        deliver(FetchResult(request: request, outcome: .network, message: "\(request.url): fetch was cancelled"))
    }

    private func end() {
        switch sink {
        case .stream(let continuation): continuation.finish()
        case .all(let continuation):
            continuation.resume(returning: collected)
            collected = []
        }
    }
}
