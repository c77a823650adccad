/// Limits and manners for fetching. Defaults are the documented config defaults.
public struct FetchOptions: Sendable, Hashable {
    /// Transfers in flight at once, over all hosts.
    public var maxConcurrent: Int = 16
    /// Transfers in flight at once to one host (the URL's host name).
    public var maxPerHost: Int = 1
    /// Minimum gap between two requests to the same host, seconds: a request to a host starts no
    /// sooner than `hostGap` after the previous one to that host started, nor after one ended.
    public var hostGap: Double = 1.0
    /// Seconds allowed for resolving and connecting.
    public var connectTimeout: Double = 10
    /// Seconds allowed for a whole transfer, redirects included. Also the longest a queued request
    /// waits for a host's 429 Retry-After before it is returned as `.rateLimited` unsent.
    public var totalTimeout: Double = 30
    /// Abort (outcome `.timeout`) when slower than `lowSpeedBytes` per second for `lowSpeedSeconds`.
    public var lowSpeedBytes: Int = 64
    /// See `lowSpeedBytes`.
    public var lowSpeedSeconds: Int = 10
    /// Cap on decoded body bytes (after gzip/deflate/br), checked as they arrive; also on file:// reads.
    public var maxBodyBytes: Int = 15 * 1024 * 1024
    /// Redirects followed per request; one more is `.tooManyRedirects`.
    public var maxRedirects: Int = 10
    /// The User-Agent header sent with every request.
    public var userAgent: String = "wirewatch/0.1 (+https://github.com/wirewatch/wirewatch)"
    /// Allow loopback, private, link-local, multicast and unspecified destinations (tests, intranets).
    public var allowPrivateAddresses: Bool = false
    /// Keep each 2xx body in `FetchResult.body`. When false, bodies are counted (`bytes`) and
    /// capped as they arrive but not kept, and `body` stays empty: for checks that only need to
    /// know that a feed answered (`wirewatch fetch`).
    public var keepBodies: Bool = true

    public init() {}
}
