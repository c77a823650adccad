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

/// The results of one `fetch` call: delivers each into the caller's stream and finishes it after
/// the last. Used only on the loop thread (the continuation itself is thread-safe).
final class Batch {
    let id: Int
    private let continuation: AsyncStream<FetchResult>.Continuation
    private(set) var remaining: Int

    init(id: Int, count: Int, continuation: AsyncStream<FetchResult>.Continuation) {
        self.id = id
        self.remaining = count
        self.continuation = continuation
        if count == 0 { continuation.finish() }
    }

    func deliver(_ result: FetchResult) {
        guard remaining > 0 else { return }
        continuation.yield(result)
        remaining -= 1
        if remaining == 0 { continuation.finish() }
    }
}
