import FeedModel

/// What is known about a finished transfer, gathered from curl and the callbacks: the input of
/// `OutcomeClassifier`, free of C types so classification stays a pure, testable function.
struct TransferFacts {
    /// Coarse class of curl's result code.
    enum CurlResult: Equatable {
        case ok
        case dns
        case connect
        case timeout
        case tls
        case tooManyRedirects
        case unsupportedProtocol
        case malformedURL
        case fileSizeExceeded
        case writeAborted
        case partial
        case network
    }

    var url: String
    var result: CurlResult
    /// curl's error text (error buffer, else curl_easy_strerror).
    var detail: String
    var status: Int = 0
    var reason: String = ""
    var bodyBytes: Int = 0
    var stop: EasyTransfer.StopReason?
    var refusal: AddressPolicy.Refusal?
    var redirects: [Redirect] = []
    var primaryIP: String?
    var primaryPort: Int?
    /// errno of the last failed socket call (connect), 0 when none.
    var osErrno: Int32 = 0
    var hints = ServerHints()
    var maxBodyBytes: Int
    var maxRedirects: Int
}
