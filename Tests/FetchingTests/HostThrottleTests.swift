@testable import Fetching
import Foundation
import Testing

@Suite struct HostThrottleTests {
    let wall = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func onePerHostWithGap() {
        var throttle = HostThrottle(maxPerHost: 1, gap: 1, maxWait: 30)
        #expect(throttle.decide("a", now: 10, wallNow: wall) == .start)
        throttle.started("a", now: 10)
        #expect(throttle.decide("a", now: 10, wallNow: wall) == .wait(until: nil))
        #expect(throttle.decide("b", now: 10, wallNow: wall) == .start)
        throttle.finished("a", now: 10.2)
        #expect(throttle.decide("a", now: 10.5, wallNow: wall) == .wait(until: 11.2))
        #expect(throttle.decide("a", now: 11.2, wallNow: wall) == .start)
    }

    @Test func rateLimitWaitsOrRefuses() {
        var throttle = HostThrottle(maxPerHost: 1, gap: 0, maxWait: 30)
        throttle.started("a", now: 0)
        throttle.finished("a", now: 0)
        throttle.rateLimited("a", retryAfter: wall.addingTimeInterval(5), now: 0, wallNow: wall, cause: "429")
        #expect(throttle.decide("a", now: 1, wallNow: wall.addingTimeInterval(1)) == .wait(until: 5))
        throttle.rateLimited("a", retryAfter: wall.addingTimeInterval(120), now: 0, wallNow: wall, cause: "429")
        #expect(throttle.decide("a", now: 1, wallNow: wall) == .refuse(retryAfter: wall.addingTimeInterval(120), cause: "429"))
    }

    @Test func pruneForgetsIdleHosts() {
        var throttle = HostThrottle(maxPerHost: 1, gap: 1, maxWait: 30)
        throttle.started("a", now: 0)
        throttle.finished("a", now: 0)
        throttle.prune(now: 5)
        #expect(throttle.decide("a", now: 5, wallNow: wall) == .start)
    }
}
