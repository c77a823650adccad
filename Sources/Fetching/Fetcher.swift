import FeedModel
internal import CCurl

/// Limits and manners for fetching. Defaults are the documented config defaults.
public struct FetchOptions: Sendable, Hashable {
    public var maxConcurrent: Int = 16
    public var maxPerHost: Int = 1
    /// Minimum gap between two requests to the same host, seconds.
    public var hostGap: Double = 1.0
    public var connectTimeout: Double = 10
    public var totalTimeout: Double = 30
    /// Abort when slower than `lowSpeedBytes` per second for `lowSpeedSeconds`.
    public var lowSpeedBytes: Int = 64
    public var lowSpeedSeconds: Int = 10
    /// Cap on decoded body bytes.
    public var maxBodyBytes: Int = 15 * 1024 * 1024
    public var maxRedirects: Int = 10
    public var userAgent: String = "wirewatch/0.1 (+https://github.com/wirewatch/wirewatch)"
    public var allowPrivateAddresses: Bool = false

    public init() {}
}

/// Fetches feeds through one libcurl multi loop.
public final class Fetcher: Sendable {
    public let options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Fetches every request; results arrive as each transfer ends, in completion order.
    public func fetch(_ requests: [FetchRequest]) -> AsyncStream<FetchResult> {
        AsyncStream { continuation in
            for request in requests {
                continuation.yield(FetchResult(request: request, outcome: .network, message: "fetcher not built yet"))
            }
            continuation.finish()
        }
    }
}
