/// The Fetching module's one error type: a libcurl or system call that failed, and where.
///
/// Transfers never throw: a failure while setting up a transfer becomes a `FetchResult` with
/// outcome `.network` whose message is this error's description.
public struct FetchingError: Error, Sendable, CustomStringConvertible {
    /// Which library produced `code`.
    public enum Library: String, Sendable {
        case curlEasy = "curl easy"
        case curlMulti = "curl multi"
        case curlURL = "curl url"
        case system
    }

    public var library: Library
    /// The numeric return code (CURLcode, CURLMcode, CURLUcode or errno).
    public var code: Int
    /// The call that failed, e.g. "curl_easy_setopt(CURLOPT_URL)".
    public var operation: String
    /// The URL being fetched, when there was one.
    public var url: String?
    /// Library text for `code`.
    public var reason: String

    public init(library: Library, code: Int, operation: String, url: String? = nil, reason: String) {
        self.library = library
        self.code = code
        self.operation = operation
        self.url = url
        self.reason = reason
    }

    public var description: String {
        let target = url.map { " for \($0)" } ?? ""
        return "\(operation) failed\(target): \(reason) (\(library.rawValue) code \(code))"
    }
}
