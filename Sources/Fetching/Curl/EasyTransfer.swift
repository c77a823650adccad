import FeedModel
import Foundation
internal import CCurl

/// One HTTP(S) transfer. Owns its easy handle until `recycle()` hands it back for the next
/// transfer (else it is freed in `deinit`), its request header list and error buffer, and collects
/// the response through curl's callbacks, which run on the loop thread.
///
/// A handle is set up in two parts: what every transfer of a fetcher shares (protocols, limits,
/// callbacks), once when the handle is new, and what belongs to this transfer (URL, validators,
/// the context pointer), every time.
final class EasyTransfer {
    /// Why a callback stopped the transfer.
    enum StopReason: Equatable {
        case tooLarge
        case redirectLoop(String)
    }

    let job: FetchJob
    let host: String
    let options: FetchOptions
    let gate: AddressGate
    private(set) var handle: UnsafeMutableRawPointer?
    /// Whether the handle is new (the shared options are not set yet).
    private let freshHandle: Bool
    let startedAt = MonotonicClock.now()
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    // Collected by the callbacks.
    var response = ResponseHeaders()
    var body: [UInt8] = []
    /// Whether the body of the response being received goes into `body` (set at the end of its headers).
    private var keepsBody = false
    var bytes = 0
    var redirects: [Redirect] = []
    var stop: StopReason?
    var refusal: AddressPolicy.Refusal?
    /// URLs requested so far (as curl normalises them), filled in at the first redirect.
    private var visited: Set<String> = []
    /// The URL of the response being received (the last redirect target). Parsed when first
    /// needed: most transfers have no redirect and a connected peer, and never need it.
    private(set) lazy var currentURL: CurlURL? = try? CurlURL(job.request.url)

    /// `reusing` is a handle an earlier transfer of the same fetcher gave back with `recycle()`.
    init(job: FetchJob, host: String, options: FetchOptions, gate: AddressGate, reusing idle: UnsafeMutableRawPointer? = nil) {
        self.job = job
        self.host = host
        self.options = options
        self.gate = gate
        self.handle = idle ?? curl_easy_init()
        self.freshHandle = idle == nil
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        if let handle { curl_easy_cleanup(handle) }
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Sets every option on the easy handle; the transfer is ready for `curl_multi_add_handle`.
    func configure() throws(FetchingError) {
        guard let handle else {
            throw FetchingError(library: .curlEasy, code: 0, operation: "curl_easy_init()", url: job.request.url, reason: "out of memory")
        }
        if freshHandle {
            try setProtocolsAndRedirects(handle)
            try setLimits(handle)
            try setCallbackFunctions(handle)
        }
        try setString(CURLOPT_URL, job.request.url, handle)
        try CurlCall.check(ww_setopt_ptr(handle, CURLOPT_ERRORBUFFER, errorBuffer), "curl_easy_setopt(CURLOPT_ERRORBUFFER)", url: job.request.url)
        try setRequestHeaders(handle)
        try setCallbackContext(handle)
    }

    /// Gives the handle up for the next transfer once curl is done with this one (it is out of the
    /// multi handle): curl keeps the shared options, its buffers and its link to the connection
    /// cache. Pointers into this transfer, which is about to go, are cleared. Nil when there is none.
    func recycle() -> UnsafeMutableRawPointer? {
        guard let handle else { return nil }
        self.handle = nil
        _ = ww_setopt_slist(handle, CURLOPT_HTTPHEADER, nil)
        _ = ww_setopt_ptr(handle, CURLOPT_ERRORBUFFER, nil)
        for option in [CURLOPT_WRITEDATA, CURLOPT_HEADERDATA, CURLOPT_OPENSOCKETDATA] { _ = ww_setopt_ptr(handle, option, nil) }
        return handle
    }

    /// Curl's own description of the last error, when it gave one.
    var errorDetail: String {
        errorBuffer.pointee == 0 ? "" : String(cString: errorBuffer).trimmingOWS()
    }

    private func setProtocolsAndRedirects(_ h: UnsafeMutableRawPointer) throws(FetchingError) {
        try setString(CURLOPT_PROTOCOLS_STR, "http,https", h)
        try setString(CURLOPT_REDIR_PROTOCOLS_STR, "http,https", h)
        try setLong(CURLOPT_FOLLOWLOCATION, 1, h)
        try setLong(CURLOPT_MAXREDIRS, options.maxRedirects, h)
        // Environment proxies would make every connection go to the proxy's (often private) address.
        try setString(CURLOPT_PROXY, "", h)
    }

    private func setLimits(_ h: UnsafeMutableRawPointer) throws(FetchingError) {
        try setLong(CURLOPT_NOSIGNAL, 1, h)
        try setLong(CURLOPT_BUFFERSIZE, Self.receiveBufferBytes, h)
        try setLong(CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout * 1000), h)
        try setLong(CURLOPT_TIMEOUT_MS, Int(options.totalTimeout * 1000), h)
        try setLong(CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedBytes, h)
        try setLong(CURLOPT_LOW_SPEED_TIME, options.lowSpeedSeconds, h)
        try CurlCall.check(ww_setopt_off(h, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxBodyBytes)), "curl_easy_setopt(CURLOPT_MAXFILESIZE_LARGE)", url: job.request.url)
        try setString(CURLOPT_ACCEPT_ENCODING, "", h)
        try setString(CURLOPT_USERAGENT, options.userAgent, h)
    }

    /// Accept, plus the validators sent back verbatim; one containing CR, LF or NUL is not sent.
    private func setRequestHeaders(_ h: UnsafeMutableRawPointer) throws(FetchingError) {
        var lines = ["Accept: application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"]
        if let etag = Self.sendable(job.request.etag) { lines.append("If-None-Match: \(etag)") }
        if let date = Self.sendable(job.request.lastModified) { lines.append("If-Modified-Since: \(date)") }
        for line in lines {
            guard let list = curl_slist_append(headerList, line) else {
                throw FetchingError(library: .curlEasy, code: 0, operation: "curl_slist_append", url: job.request.url, reason: "out of memory")
            }
            headerList = list
        }
        try CurlCall.check(ww_setopt_slist(h, CURLOPT_HTTPHEADER, headerList), "curl_easy_setopt(CURLOPT_HTTPHEADER)", url: job.request.url)
    }

    private func setCallbackFunctions(_ h: UnsafeMutableRawPointer) throws(FetchingError) {
        let url = job.request.url
        try CurlCall.check(ww_setopt_writefn(h, TransferCallbacks.write), "curl_easy_setopt(CURLOPT_WRITEFUNCTION)", url: url)
        try CurlCall.check(ww_setopt_headerfn(h, TransferCallbacks.header), "curl_easy_setopt(CURLOPT_HEADERFUNCTION)", url: url)
        try CurlCall.check(ww_setopt_opensocketfn(h, TransferCallbacks.openSocket), "curl_easy_setopt(CURLOPT_OPENSOCKETFUNCTION)", url: url)
    }

    /// The callbacks find this transfer through the context pointer (unretained: the loop keeps
    /// the transfer alive while curl holds its handle).
    private func setCallbackContext(_ h: UnsafeMutableRawPointer) throws(FetchingError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let url = job.request.url
        try CurlCall.check(ww_setopt_ptr(h, CURLOPT_WRITEDATA, context), "curl_easy_setopt(CURLOPT_WRITEDATA)", url: url)
        try CurlCall.check(ww_setopt_ptr(h, CURLOPT_HEADERDATA, context), "curl_easy_setopt(CURLOPT_HEADERDATA)", url: url)
        try CurlCall.check(ww_setopt_ptr(h, CURLOPT_OPENSOCKETDATA, context), "curl_easy_setopt(CURLOPT_OPENSOCKETDATA)", url: url)
    }

    private func setLong(_ option: CURLoption, _ value: Int, _ h: UnsafeMutableRawPointer) throws(FetchingError) {
        try CurlCall.check(ww_setopt_long(h, option, value), "curl_easy_setopt(option \(option.rawValue))", url: job.request.url)
    }

    private func setString(_ option: CURLoption, _ value: String, _ h: UnsafeMutableRawPointer) throws(FetchingError) {
        try CurlCall.check(ww_setopt_str(h, option, value), "curl_easy_setopt(option \(option.rawValue))", url: job.request.url)
    }

    /// curl's receive buffer per transfer (its default is 16 KiB): fewer reads and callbacks for a
    /// typical feed, at 64 KiB of memory per transfer in flight.
    static let receiveBufferBytes = 64 * 1024

    private static func sendable(_ validator: String?) -> String? {
        guard let value = validator, !value.isEmpty else { return nil }
        let breaksHeader = value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
        return breaksHeader ? nil : value
    }
}

// MARK: - What the callbacks do (loop thread)

extension EasyTransfer {
    /// Body bytes, already decoded. Returns false to abort when the decoded total passes the cap.
    func receive(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard bytes + chunk.count <= options.maxBodyBytes else {
            stop = .tooLarge
            return false
        }
        bytes += chunk.count
        if keepsBody { body.append(contentsOf: chunk) }
        return true
    }

    /// One header line. Returns false to abort (a redirect back to a URL already visited).
    func receiveHeader(_ line: String) -> Bool {
        switch response.consume(line) {
        case .status:
            body = []
            bytes = 0
            keepsBody = false
            return true
        case .end:
            prepareBody()
            return recordRedirect()
        case .field, .ignored:
            return true
        }
    }

    /// At the end of a response's headers: a 2xx body is kept (when asked to), with room for the
    /// length the server announced, up to the cap (more is reserved as it comes: decoding grows it).
    private func prepareBody() {
        keepsBody = options.keepBodies && (200..<300).contains(response.status)
        guard keepsBody, let announced = response["Content-Length"].flatMap({ Int($0) }), announced > 0 else { return }
        body.reserveCapacity(min(announced, options.maxBodyBytes))
    }

    /// At the end of a 3xx response's headers: records the hop curl is about to follow.
    private func recordRedirect() -> Bool {
        let status = response.status
        guard (300..<400).contains(status), status != 304, let location = response["Location"], !location.isEmpty else {
            return true
        }
        if visited.isEmpty { visited.insert(currentURL?.string ?? job.request.url) }
        let target = (try? currentURL?.resolving(location)) ?? location
        redirects.append(Redirect(status: status, location: target))
        guard visited.insert(target).inserted else {
            stop = .redirectLoop(target)
            return false
        }
        currentURL = try? CurlURL(target)
        return true
    }

    /// Whether curl may connect to this address; a refusal is remembered for the outcome.
    func mayConnect(to address: UnsafePointer<sockaddr>) -> Bool {
        guard let refused = gate.refusal(for: address) else { return true }
        refusal = refused
        return false
    }
}
