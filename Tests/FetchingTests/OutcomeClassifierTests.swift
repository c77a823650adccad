import FeedModel
@testable import Fetching
import Foundation
import Testing

/// Classification of curl results and statuses that the loopback tests cannot provoke (TLS …).
@Suite struct OutcomeClassifierTests {
    func facts(_ result: TransferFacts.CurlResult, status: Int = 0, detail: String = "detail") -> TransferFacts {
        TransferFacts(url: "https://example.org/feed", result: result, detail: detail, status: status, maxBodyBytes: 100, maxRedirects: 10)
    }

    @Test(arguments: [
        (TransferFacts.CurlResult.tls, FetchOutcome.tls), (.dns, .dns), (.timeout, .timeout), (.partial, .network),
        (.network, .network), (.fileSizeExceeded, .tooLarge), (.tooManyRedirects, .tooManyRedirects),
        (.unsupportedProtocol, .unsupportedScheme), (.writeAborted, .network),
    ])
    func curlResultsMapToOutcomes(_ result: TransferFacts.CurlResult, _ expected: FetchOutcome) {
        let (outcome, message) = OutcomeClassifier.classify(facts(result))
        #expect(outcome == expected)
        #expect(message?.hasPrefix("https://example.org/feed: ") == true)
    }

    @Test func refusedAddressWinsOverConnectFailure() {
        var f = facts(.connect)
        f.refusal = AddressPolicy.refusal(forIP: "10.1.2.3")
        let (outcome, message) = OutcomeClassifier.classify(f)
        #expect(outcome == .blockedAddress)
        #expect(message?.contains("10.1.2.3 (private 10.0.0.0/8)") == true)
    }

    @Test func connectFailureWithoutRefusalErrno() {
        var f = facts(.connect)
        f.primaryIP = "192.0.2.1"
        f.primaryPort = 443
        f.osErrno = ETIMEDOUT
        #expect(OutcomeClassifier.classify(f).1 == "https://example.org/feed: could not connect to 192.0.2.1:443: \(String(cString: strerror(ETIMEDOUT)))")
    }

    @Test(arguments: [(304, FetchOutcome.notModified), (204, .notAFeed), (206, .ok), (301, .httpError), (410, .gone), (429, .rateLimited), (500, .httpError)])
    func statusesMapToOutcomes(_ status: Int, _ expected: FetchOutcome) {
        var f = facts(.ok, status: status)
        f.bodyBytes = status == 204 ? 0 : 10
        #expect(OutcomeClassifier.classify(f).0 == expected)
    }
}
