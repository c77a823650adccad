import Foundation

/// What the fetcher is asked to get: a URL and the validators from the last successful fetch.
public struct FetchRequest: Sendable, Hashable {
    public var url: String
    /// ETag exactly as last received; sent back as If-None-Match.
    public var etag: String?
    /// Last-Modified exactly as last received; sent back as If-Modified-Since.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// What came back from one fetch, success or not, with everything the scheduler and the run log need.
public struct FetchResult: Sendable {
    public var request: FetchRequest
    public var outcome: FetchOutcome
    /// Final HTTP status (0 when no response was received, or for file:// URLs).
    public var httpStatus: Int
    /// The decoded response body (empty unless the status was 2xx).
    public var body: [UInt8]
    /// Validators from this response (nil when absent).
    public var etag: String?
    public var lastModified: String?
    /// Content-Type header, e.g. "application/rss+xml; charset=ISO-8859-1".
    public var contentType: String?
    /// The URL the body came from after redirects.
    public var effectiveURL: String?
    /// Redirect statuses and targets, in order (e.g. [(301, "https://…")]).
    public var redirects: [Redirect]
    /// Cache-Control max-age, Expires or Retry-After hints, turned into absolute times.
    public var hints: ServerHints
    /// Bytes received (decoded body bytes).
    public var bytes: Int
    /// Wall time of the transfer in seconds.
    public var duration: Double
    /// Readable message for any non-success outcome.
    public var message: String?

    public init(
        request: FetchRequest, outcome: FetchOutcome, httpStatus: Int = 0, body: [UInt8] = [],
        etag: String? = nil, lastModified: String? = nil, contentType: String? = nil,
        effectiveURL: String? = nil, redirects: [Redirect] = [], hints: ServerHints = ServerHints(),
        bytes: Int = 0, duration: Double = 0, message: String? = nil
    ) {
        self.request = request
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.effectiveURL = effectiveURL
        self.redirects = redirects
        self.hints = hints
        self.bytes = bytes
        self.duration = duration
        self.message = message
    }
}

/// One hop of a redirect chain.
public struct Redirect: Sendable, Hashable, Codable {
    public var status: Int
    public var location: String

    public init(status: Int, location: String) {
        self.status = status
        self.location = location
    }
}

/// Hints from the server about when to come back; each is a lower bound on the next poll.
public struct ServerHints: Sendable, Hashable, Codable {
    /// From Cache-Control max-age (relative to the response time) or Expires.
    public var freshUntil: Date?
    /// From Retry-After on 429/503 (delta-seconds or HTTP-date): never poll before this.
    public var retryAfter: Date?

    public init(freshUntil: Date? = nil, retryAfter: Date? = nil) {
        self.freshUntil = freshUntil
        self.retryAfter = retryAfter
    }
}
