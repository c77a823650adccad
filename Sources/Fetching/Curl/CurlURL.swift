internal import CCurl

/// A parsed URL, backed by libcurl's URL API so parsing and relative resolution match what curl
/// itself will request. Owns its `CURLU` handle.
final class CurlURL {
    private let handle: OpaquePointer

    /// Parses an absolute URL; any scheme is accepted so callers can refuse it by name.
    init(_ string: String) throws(FetchingError) {
        guard let handle = curl_url() else {
            throw FetchingError(library: .curlURL, code: 0, operation: "curl_url()", reason: "out of memory")
        }
        self.handle = handle
        let flags = UInt32(CURLU_NON_SUPPORT_SCHEME)
        try CurlCall.check(curl_url_set(handle, CURLUPART_URL, string, flags), "curl_url_set", url: string)
    }

    deinit { curl_url_cleanup(handle) }

    /// Resolves `location` (absolute or relative) against this URL and returns the result.
    func resolving(_ location: String) throws(FetchingError) -> String {
        guard let copy = curl_url_dup(handle) else {
            throw FetchingError(library: .curlURL, code: 0, operation: "curl_url_dup()", reason: "out of memory")
        }
        defer { curl_url_cleanup(copy) }
        let flags = UInt32(CURLU_NON_SUPPORT_SCHEME)
        try CurlCall.check(curl_url_set(copy, CURLUPART_URL, location, flags), "curl_url_set", url: location)
        return try Self.part(copy, CURLUPART_URL) ?? location
    }

    var string: String? { try? Self.part(handle, CURLUPART_URL) }
    var scheme: String? { (try? Self.part(handle, CURLUPART_SCHEME))?.lowercased() }
    var host: String? { (try? Self.part(handle, CURLUPART_HOST))?.lowercased() }
    /// The port, or the scheme's default.
    var port: Int? { (try? Self.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT))).flatMap { $0.flatMap { Int($0) } } }
    /// The path, percent-decoded (for file:// URLs).
    var decodedPath: String? { try? Self.part(handle, CURLUPART_PATH, flags: UInt32(CURLU_URLDECODE)) }

    private static func part(_ h: OpaquePointer, _ what: CURLUPart, flags: UInt32 = 0) throws(FetchingError) -> String? {
        var out: UnsafeMutablePointer<CChar>?
        let code = curl_url_get(h, what, &out, flags)
        if code == CURLUE_NO_HOST || code == CURLUE_NO_SCHEME { return nil }
        try CurlCall.check(code, "curl_url_get")
        defer { curl_free(out) }
        return out.map { String(cString: $0) }
    }
}
