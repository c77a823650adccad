import FeedModel
import Foundation

/// Turns the facts of a finished transfer into one `FetchOutcome` and a readable message that
/// names the URL and what happened. Success outcomes get no message.
enum OutcomeClassifier {
    static func classify(_ f: TransferFacts) -> (FetchOutcome, String?) {
        if let refusal = f.refusal, f.result != .ok {
            return (.blockedAddress, "\(f.url): refused to connect to \(refusal.address) (\(refusal.range))")
        }
        switch f.result {
        case .ok: return classifyHTTP(f)
        case .writeAborted: return classifyAbort(f)
        case .tooManyRedirects: return classifyRedirects(f)
        case .fileSizeExceeded:
            return (.tooLarge, "\(f.url): body exceeded \(f.maxBodyBytes) bytes (announced by Content-Length)")
        case .timeout: return classifyTimeout(f)
        default: return classifyFailure(f)
        }
    }

    /// curl finished cleanly: the HTTP status decides.
    static func classifyHTTP(_ f: TransferFacts) -> (FetchOutcome, String?) {
        let status = f.reason.isEmpty ? "HTTP \(f.status)" : "HTTP \(f.status) \(f.reason)"
        switch f.status {
        case 304: return (.notModified, nil)
        case 200..<300 where f.bodyBytes == 0: return (.notAFeed, "\(f.url): \(status) with an empty body")
        case 200..<300: return (.ok, nil)
        case 410: return (.gone, "\(f.url): \(status); the feed is gone for good")
        case 429: return (.rateLimited, "\(f.url): \(status)\(retrySuffix(f.hints))")
        default: return (.httpError, "\(f.url): \(status)\(f.status == 503 ? retrySuffix(f.hints) : "")")
        }
    }

    private static func classifyAbort(_ f: TransferFacts) -> (FetchOutcome, String?) {
        switch f.stop {
        case .tooLarge: return (.tooLarge, "\(f.url): body exceeded \(f.maxBodyBytes) bytes")
        case .redirectLoop(let target):
            return (.redirectLoop, "\(f.url): redirect loop: \(target) was already visited (after \(f.redirects.count) redirects)")
        case nil: return (.network, "\(f.url): transfer aborted: \(f.detail)")
        }
    }

    private static func classifyRedirects(_ f: TransferFacts) -> (FetchOutcome, String?) {
        let last = f.redirects.last?.location ?? "?"
        return (.tooManyRedirects, "\(f.url): more than \(f.maxRedirects) redirects (last to \(last))")
    }

    private static func classifyTimeout(_ f: TransferFacts) -> (FetchOutcome, String?) {
        if f.detail.localizedCaseInsensitiveContains("too slow") {
            return (.timeout, "\(f.url): transfer too slow, aborted: \(f.detail)")
        }
        return (.timeout, "\(f.url): timed out: \(f.detail)")
    }

    private static func classifyFailure(_ f: TransferFacts) -> (FetchOutcome, String?) {
        switch f.result {
        case .dns: return (.dns, "\(f.url): DNS lookup failed: \(f.detail)")
        case .connect: return (.connect, "\(f.url): \(connectFailure(f))")
        case .tls: return (.tls, "\(f.url): TLS failure: \(f.detail)")
        case .unsupportedProtocol, .malformedURL:
            let target = f.redirects.last.map { "redirect to \($0.location) refused" } ?? "URL refused"
            return (.unsupportedScheme, "\(f.url): \(target): only http and https are fetched (\(f.detail))")
        case .partial: return (.network, "\(f.url): body truncated: \(f.detail)")
        default: return (.network, "\(f.url): transfer broke off: \(f.detail)")
        }
    }

    /// "connection refused by 127.0.0.1:8080" and friends.
    private static func connectFailure(_ f: TransferFacts) -> String {
        let peer = f.primaryIP.map { ip in f.primaryPort.map { "\(ip):\($0)" } ?? ip }
        if f.osErrno == ECONNREFUSED, let peer { return "connection refused by \(peer)" }
        let why = f.osErrno != 0 ? String(cString: strerror(f.osErrno)) : f.detail
        return peer.map { "could not connect to \($0): \(why)" } ?? "could not connect: \(why)"
    }

    private static func retrySuffix(_ hints: ServerHints) -> String {
        guard let date = hints.retryAfter else { return "" }
        return " (Retry-After: \(date.formatted(.iso8601)))"
    }
}
