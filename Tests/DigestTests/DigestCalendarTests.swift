import Foundation
import Testing
@testable import Digest

@Suite("Digest calendar")
struct DigestCalendarTests {
    let berlin = DigestCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    @Test("a day is midnight to midnight in the zone, 23 hours when clocks go forward")
    func days() throws {
        let day = try #require(berlin.window(day: "2026-03-29"))
        #expect(day.duration == 23 * 3600)
        #expect(berlin.label(day.start) == "2026-03-29")
        #expect(berlin.window(day: "2026-02-30") == nil && berlin.window(day: "yesterday") == nil)
    }

    @Test("yesterday and the seven baseline days before a day")
    func yesterdayAndBaseline() throws {
        let now = try #require(berlin.instant("2026-11-29T00:30:00+01:00"))
        #expect(berlin.yesterday(now: now) == "2026-11-28")
        let window = try #require(berlin.window(day: "2026-11-28"))
        let baseline = berlin.baselineDays(before: window)
        #expect(baseline.map { berlin.label($0.start) } == (21...27).map { "2026-11-\($0)" })
        #expect(baseline.last?.end == window.start)
    }
}
