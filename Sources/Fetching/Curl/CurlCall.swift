internal import CCurl

/// The one place where libcurl return codes are checked and turned into `FetchingError`.
enum CurlCall {
    /// Initialises libcurl once per process, thread-safely (a lazy static).
    static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    static func check(_ code: CURLcode, _ operation: @autoclosure () -> String, url: String? = nil) throws(FetchingError) {
        guard code != CURLE_OK else { return }
        throw FetchingError(
            library: .curlEasy, code: Int(code.rawValue), operation: operation(), url: url,
            reason: String(cString: curl_easy_strerror(code)))
    }

    static func check(_ code: CURLMcode, _ operation: @autoclosure () -> String) throws(FetchingError) {
        guard code != CURLM_OK else { return }
        throw FetchingError(
            library: .curlMulti, code: Int(code.rawValue), operation: operation(),
            reason: String(cString: curl_multi_strerror(code)))
    }

    static func check(_ code: CURLUcode, _ operation: @autoclosure () -> String, url: String? = nil) throws(FetchingError) {
        guard code != CURLUE_OK else { return }
        throw FetchingError(
            library: .curlURL, code: Int(code.rawValue), operation: operation(), url: url,
            reason: String(cString: curl_url_strerror(code)))
    }
}
