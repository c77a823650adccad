import FeedModel
import Foundation
internal import CCurl

extension EasyTransfer {
    /// The transfer's result once curl reported it done with `code`.
    func result(code: CURLcode, now: Date) -> FetchResult {
        let request = job.request
        var facts = TransferFacts(
            url: request.url, result: Self.curlResult(code), detail: detail(for: code), status: infoLong(CURLINFO_RESPONSE_CODE),
            reason: response.reason, bodyBytes: bytes, stop: stop, refusal: refusal, redirects: redirects,
            primaryIP: infoString(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 } ?? currentURL?.host,
            primaryPort: Optional(infoLong(CURLINFO_PRIMARY_PORT)).flatMap { $0 == 0 ? nil : $0 } ?? currentURL?.port,
            osErrno: Int32(truncatingIfNeeded: infoLong(CURLINFO_OS_ERRNO)),
            maxBodyBytes: options.maxBodyBytes, maxRedirects: options.maxRedirects)
        if facts.status != 0 {
            facts.hints = ServerHintsParser.hints(status: facts.status, now: now) { response[$0] }
        }
        let (outcome, message) = OutcomeClassifier.classify(facts)
        return FetchResult(
            request: request, outcome: outcome, httpStatus: facts.status, body: outcome == .ok ? body : [],
            etag: facts.status == 0 ? nil : response["ETag"], lastModified: facts.status == 0 ? nil : response["Last-Modified"],
            contentType: infoString(CURLINFO_CONTENT_TYPE), effectiveURL: infoString(CURLINFO_EFFECTIVE_URL),
            redirects: redirects, hints: facts.hints, bytes: bytes, duration: MonotonicClock.now() - startedAt,
            message: message)
    }

    private func detail(for code: CURLcode) -> String {
        let text = errorDetail
        return text.isEmpty ? String(cString: curl_easy_strerror(code)) : text
    }

    private func infoLong(_ info: CURLINFO) -> Int {
        var value = 0
        guard let handle, (try? CurlCall.check(ww_getinfo_long(handle, info, &value), "curl_easy_getinfo")) != nil else { return 0 }
        return value
    }

    private func infoString(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard let handle, (try? CurlCall.check(ww_getinfo_str(handle, info, &value), "curl_easy_getinfo")) != nil, let value else {
            return nil
        }
        return String(cString: value)
    }

    static func curlResult(_ code: CURLcode) -> TransferFacts.CurlResult {
        switch code {
        case CURLE_OK: return .ok
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .dns
        case CURLE_COULDNT_CONNECT: return .connect
        case CURLE_OPERATION_TIMEDOUT: return .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_NOTFOUND:
            return .tls
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects
        case CURLE_UNSUPPORTED_PROTOCOL: return .unsupportedProtocol
        case CURLE_URL_MALFORMAT: return .malformedURL
        case CURLE_FILESIZE_EXCEEDED: return .fileSizeExceeded
        case CURLE_WRITE_ERROR: return .writeAborted
        case CURLE_PARTIAL_FILE: return .partial
        default: return .network
        }
    }
}
