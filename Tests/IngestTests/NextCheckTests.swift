import FeedModel
import Foundation
import Ingest
import Testing

@Suite struct NextCheckTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let schedule = NextCheck(settings: ScheduleSettings())

    func next(_ outcome: FetchOutcome, failures: Int = 0, override: Int? = nil, hints: ServerHints = .init(), ttl: Int? = nil, unit: Double = 0) -> Double {
        schedule.date(after: now, outcome: outcome, failures: failures, override: override, hints: hints, ttlMinutes: ttl, unit: unit)
            .timeIntervalSince(now)
    }

    @Test func healthyFeedUsesDefaultOrOverrideClamped() {
        #expect(next(.ok) == 3600)
        #expect(next(.ok, override: 900) == 900)
        #expect(next(.ok, override: 10) == 300)
        #expect(next(.ok, override: 999_999) == 86400)
    }

    @Test func jitterStaysWithinAQuarter() {
        #expect(next(.ok, unit: 0.999) < 3600 * 1.25)
        #expect(next(.ok, unit: 0.5) == 3600 * 1.125)
    }

    @Test func backoffDoublesUpToTheCap() {
        #expect(next(.timeout, failures: 1) == 300)
        #expect(next(.timeout, failures: 2) == 600)
        #expect(next(.timeout, failures: 5) == 4800)
        #expect(next(.timeout, failures: 40) == 7 * 86400)
    }

    @Test func hintsAreLowerBoundsAndRetryAfterIsNeverUndercut() {
        #expect(next(.ok, ttl: 180) == 10800)
        #expect(next(.ok, hints: ServerHints(freshUntil: now.addingTimeInterval(7200))) == 7200)
        #expect(next(.ok, hints: ServerHints(freshUntil: now.addingTimeInterval(60))) == 3600)
        let retry = now.addingTimeInterval(90000)
        #expect(next(.rateLimited, failures: 1, hints: ServerHints(retryAfter: retry)) == 90000)
    }
}
