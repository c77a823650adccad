/// How one fetch of a feed ended. Every fetch gets exactly one class; 304 is a result, not an error.
public enum FetchOutcome: String, Sendable, Codable, CaseIterable {
    /// 200 with a new body that parsed.
    case ok
    /// 304 Not Modified.
    case notModified = "not_modified"
    /// 200 whose body hash equals the previous one; parsing skipped.
    case unchanged
    /// A non-2xx HTTP status other than the ones below (see `httpStatus`).
    case httpError = "http_error"
    /// 410 Gone: the feed is disabled.
    case gone
    /// 429 Too Many Requests.
    case rateLimited = "rate_limited"
    case timeout
    case tooLarge = "too_large"
    case dns
    case connect
    case tls
    case redirectLoop = "redirect_loop"
    case tooManyRedirects = "too_many_redirects"
    case blockedAddress = "blocked_address"
    case unsupportedScheme = "unsupported_scheme"
    /// The body was received but is not a feed (HTML page, empty body …).
    case notAFeed = "not_a_feed"
    /// The body looked like a feed but nothing could be recovered from it.
    case parseError = "parse_error"
    /// A local file could not be read.
    case fileError = "file_error"
    /// Transfer broke off (reset, truncated body …).
    case network
    /// Storing the result failed.
    case storageError = "storage_error"

    /// True when the fetch counts as a success for backoff and run accounting.
    public var isSuccess: Bool {
        switch self {
        case .ok, .notModified, .unchanged: return true
        default: return false
        }
    }
}
