import FeedModel
import Fetching
import Foundation
import Testing

@Suite struct ServerHintsParserTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    /// 1994-11-06T08:49:37Z, the RFC 9110 example date.
    let example = Date(timeIntervalSince1970: 784_111_777)

    @Test func retryAfterDeltaSeconds() {
        #expect(ServerHintsParser.retryAfter("120", now: now) == now.addingTimeInterval(120))
        #expect(ServerHintsParser.retryAfter(" 0 ", now: now) == now)
    }

    @Test(arguments: ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"])
    func retryAfterHTTPDateForms(_ value: String) {
        #expect(ServerHintsParser.retryAfter(value, now: now) == example)
    }

    @Test(arguments: ["", "soon", "-5", "1.5", "12abc"])
    func retryAfterGarbageIsNil(_ value: String) {
        #expect(ServerHintsParser.retryAfter(value, now: now) == nil)
    }

    @Test func maxAgeDirective() {
        #expect(ServerHintsParser.maxAge(cacheControl: "public, max-age=300") == 300)
        #expect(ServerHintsParser.maxAge(cacheControl: "MAX-AGE = \"60\", no-cache") == 60)
        #expect(ServerHintsParser.maxAge(cacheControl: "s-maxage=10") == nil)
        #expect(ServerHintsParser.maxAge(cacheControl: "no-store") == nil)
        #expect(ServerHintsParser.maxAge(cacheControl: "max-age=-1") == nil)
    }

    @Test func freshUntilPrefersMaxAgeMinusAge() {
        let fresh = ServerHintsParser.freshUntil(
            cacheControl: "max-age=600", expires: "Sun, 06 Nov 1994 08:49:37 GMT", age: "100", now: now)
        #expect(fresh == now.addingTimeInterval(500))
    }

    @Test func freshUntilFromExpiresCorrectsForServerClock() {
        let fresh = ServerHintsParser.freshUntil(
            cacheControl: "no-cache", expires: "Sun, 06 Nov 1994 09:49:37 GMT", date: "Sun, 06 Nov 1994 08:49:37 GMT", now: now)
        #expect(fresh == now.addingTimeInterval(3600))
        #expect(ServerHintsParser.freshUntil(cacheControl: nil, expires: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == example)
        #expect(ServerHintsParser.freshUntil(cacheControl: nil, expires: "0", now: now) == nil)
    }

    @Test func retryAfterOnlyOn429And503() {
        let headers = ["retry-after": "30", "cache-control": "max-age=60"]
        let lookup: (String) -> String? = { headers[$0.lowercased()] }
        for status in [429, 503] {
            #expect(ServerHintsParser.hints(status: status, now: now, header: lookup).retryAfter == now.addingTimeInterval(30))
        }
        let ok = ServerHintsParser.hints(status: 200, now: now, header: lookup)
        #expect(ok.retryAfter == nil)
        #expect(ok.freshUntil == now.addingTimeInterval(60))
    }
}
