import FeedModel
import Foundation
import Ingest
import Testing

@Suite struct NextCheckTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15 08:00:00 GMT, a Friday
    let schedule = NextCheck(settings: ScheduleSettings())

    func next(
        _ outcome: FetchOutcome, failures: Int = 0, override: Int? = nil, observed: Int? = nil,
        hints: ServerHints = .init(), poll: PollHints = .init(), unit: Double = 0
    ) -> Double {
        schedule.date(
            after: now, outcome: outcome, failures: failures, override: override, observed: observed, hints: hints,
            poll: poll, unit: unit
        ).timeIntervalSince(now)
    }

    @Test func healthyFeedUsesOverrideThenObservedRateThenDefaultClamped() {
        #expect(next(.ok) == 3600)
        #expect(next(.ok, override: 900) == 900)
        #expect(next(.ok, override: 10) == 300)
        #expect(next(.ok, override: 999_999) == 86400)
        #expect(next(.ok, observed: 600) == 600)
        #expect(next(.ok, observed: 7 * 86400) == 86400)
        #expect(next(.ok, override: 1800, observed: 600) == 1800)
    }

    @Test func jitterStaysWithinAQuarter() {
        #expect(next(.ok, unit: 0.999) < 3600 * 1.25)
        #expect(next(.ok, unit: 0.5) == 3600 * 1.125)
        #expect(next(.ok, unit: 0) == 3600)
    }

    @Test func backoffDoublesUpToTheCapAndResetsOnSuccess() {
        #expect(next(.timeout, failures: 1) == 300)
        #expect(next(.timeout, failures: 2) == 600)
        #expect(next(.httpError, failures: 5) == 4800)
        #expect(next(.dns, failures: 40) == 7 * 86400)
        #expect(next(.ok, failures: 0) == 3600)
    }

    @Test func hintsAreLowerBoundsAndRetryAfterIsNeverUndercut() {
        #expect(next(.ok, poll: PollHints(ttlMinutes: 180)) == 10800)
        #expect(next(.ok, poll: PollHints(updatePeriodSeconds: 43200)) == 43200)
        #expect(next(.ok, poll: PollHints(ttlMinutes: 10_000)) == 86400)
        #expect(next(.ok, hints: ServerHints(freshUntil: now.addingTimeInterval(7200))) == 7200)
        #expect(next(.ok, hints: ServerHints(freshUntil: now.addingTimeInterval(60))) == 3600)
        let retry = now.addingTimeInterval(90000)
        #expect(next(.rateLimited, failures: 1, hints: ServerHints(retryAfter: retry)) == 90000)
        #expect(next(.rateLimited, failures: 9, hints: ServerHints(retryAfter: now.addingTimeInterval(10))) == 76800)
    }

    @Test func skipHoursAndDaysPushToTheNextAllowedHour() {
        // now + 1 h = 09:00 GMT Friday; hours 9 and 10 skipped → 11:00.
        #expect(next(.ok, poll: PollHints(skipHours: [9, 10])) == 3 * 3600)
        // Friday (6) and Saturday (7) skipped → Sunday 00:00 GMT.
        #expect(next(.ok, poll: PollHints(skipDays: [6, 7])) == 40 * 3600)
        // Every hour skipped is nonsense: ignored.
        #expect(next(.ok, poll: PollHints(skipHours: Set(0..<24))) == 3600)
    }

    @Test func updatePeriodFromSyndicationModule() {
        #expect(PollHints.updatePeriod("hourly", frequency: "2") == 1800)
        #expect(PollHints.updatePeriod(" daily ", frequency: nil) == 86400)
        #expect(PollHints.updatePeriod("sometimes", frequency: "1") == nil)
    }

    @Test func publishingRateIsTheMedianGapOfRecentItems() {
        let tenMinutes = (0..<10).map { now.addingTimeInterval(Double(-$0) * 600) }
        #expect(PublishingRate.interval(of: tenMinutes, now: now) == 600)
        let weekly = (0..<5).map { now.addingTimeInterval(Double(-$0) * 604_800) }
        #expect(PublishingRate.interval(of: weekly, now: now) == 604_800)
        let future = [now.addingTimeInterval(86400 * 365)] + tenMinutes
        #expect(PublishingRate.interval(of: future, now: now) == 600)
        #expect(PublishingRate.interval(of: [now, now.addingTimeInterval(-60)], now: now) == nil)
    }
}
