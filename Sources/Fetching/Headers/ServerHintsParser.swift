import FeedModel
import Foundation
internal import CCurl

/// Pure parsers for the response headers that tell a poller when to come back: Cache-Control
/// max-age, Expires and Retry-After. Exported so the scheduler can reuse them.
public enum ServerHintsParser {
    /// Server hints for a response with `status`; `header` looks a field up by name (any case).
    /// Retry-After is read on 429 and 503 only.
    public static func hints(status: Int, now: Date, header: (String) -> String?) -> ServerHints {
        let retry = (status == 429 || status == 503) ? header("Retry-After").flatMap { retryAfter($0, now: now) } : nil
        let fresh = freshUntil(
            cacheControl: header("Cache-Control"), expires: header("Expires"), age: header("Age"),
            date: header("Date"), now: now)
        return ServerHints(freshUntil: fresh, retryAfter: retry)
    }

    /// Retry-After as an absolute time: delta-seconds ("120") or an HTTP-date. Nil when unparseable.
    public static func retryAfter(_ value: String, now: Date) -> Date? {
        let text = value.trimmingOWS()
        if let seconds = deltaSeconds(text) { return now.addingTimeInterval(Double(seconds)) }
        return httpDate(text)
    }

    /// When the response stops being fresh: Cache-Control max-age (minus Age) wins over Expires;
    /// Expires is corrected by the server's Date for clock skew. no-cache/no-store are ignored.
    public static func freshUntil(
        cacheControl: String?, expires: String?, age: String? = nil, date: String? = nil, now: Date
    ) -> Date? {
        if let maxAge = cacheControl.flatMap(maxAge) {
            let already = age.flatMap { deltaSeconds($0.trimmingOWS()) } ?? 0
            return now.addingTimeInterval(Double(max(0, maxAge - already)))
        }
        guard let expiry = expires.flatMap(httpDate) else { return nil }
        guard let served = date.flatMap(httpDate) else { return expiry }
        return now.addingTimeInterval(expiry.timeIntervalSince(served))
    }

    /// The `max-age` directive of a Cache-Control value (quoted or not), or nil.
    public static func maxAge(cacheControl: String) -> Int? {
        for directive in cacheControl.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingOWS() }
            guard parts.count == 2, parts[0].lowercased() == "max-age" else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if let seconds = deltaSeconds(value) { return seconds }
        }
        return nil
    }

    /// An HTTP-date in IMF-fixdate, RFC 850 or asctime form. Nil for anything without a month name.
    public static func httpDate(_ value: String) -> Date? {
        let text = value.trimmingOWS()
        guard text.contains(where: \.isLetter) else { return nil }
        let seconds = curl_getdate(text, nil)
        return seconds < 0 ? nil : Date(timeIntervalSince1970: Double(seconds))
    }

    private static func deltaSeconds(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text.prefix(10))
    }
}
