import FeedModel
import Foundation

/// When to fetch a feed again. Pure: time and randomness are inputs.
///
/// next = clamp(max(interval, document hints, server hints), min, max) + 0–25% jitter, where the
/// interval is the feed's override, else its observed publishing rate, else the default; after a
/// failure the exponential backoff (capped, default 7 days) replaces the interval. Retry-After is
/// never undercut, and skipHours/skipDays push the time to the next allowed hour.
public struct NextCheck: Sendable {
    public var settings: ScheduleSettings

    public init(settings: ScheduleSettings) {
        self.settings = settings
    }

    /// The base interval of a healthy feed: override, else observed rate, else default; clamped.
    public func healthyInterval(override: Int?, observed: Int? = nil) -> Double {
        clamp(override.map(Double.init) ?? observed.map(Double.init) ?? settings.defaultInterval)
    }

    /// Backoff after `failures` consecutive failures: min interval × 2^(failures−1), capped.
    public func backoff(failures: Int) -> Double {
        guard failures > 0 else { return 0 }
        let exponent = Double(min(failures - 1, 30))
        return min(settings.backoffCap, max(settings.minInterval, 60) * pow(2, exponent))
    }

    /// The next check time. `unit` is a random number in [0, 1) that spreads checks (0–25% jitter).
    public func date(
        after now: Date, outcome: FetchOutcome, failures: Int, override: Int?, observed: Int? = nil,
        hints: ServerHints = ServerHints(), poll: PollHints = PollHints(), unit: Double
    ) -> Date {
        var interval = healthyInterval(override: override, observed: override == nil ? observed : nil)
        if !outcome.isSuccess { interval = max(backoff(failures: failures), settings.minInterval) }
        for bound in lowerBounds(now: now, hints: hints, poll: poll) { interval = max(interval, clamp(bound)) }
        var next = now.addingTimeInterval(interval + interval * settings.jitter * min(max(unit, 0), 1))
        next = skipping(next, poll: poll)
        if let retry = hints.retryAfter, retry > next { next = retry }
        return next
    }

    private func lowerBounds(now: Date, hints: ServerHints, poll: PollHints) -> [Double] {
        var bounds: [Double] = []
        if let ttl = poll.ttlMinutes { bounds.append(Double(ttl) * 60) }
        if let period = poll.updatePeriodSeconds { bounds.append(Double(period)) }
        if let fresh = hints.freshUntil { bounds.append(fresh.timeIntervalSince(now)) }
        return bounds
    }

    /// Moves `date` out of the feed's skipHours (GMT) and skipDays, at most 7 days ahead.
    func skipping(_ date: Date, poll: PollHints) -> Date {
        guard !poll.skipHours.isEmpty || !poll.skipDays.isEmpty else { return date }
        guard poll.skipHours.count < 24, poll.skipDays.count < 7 else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        var candidate = date
        for _ in 0..<(24 * 7) {
            let hour = calendar.component(.hour, from: candidate)
            let weekday = calendar.component(.weekday, from: candidate)
            if !poll.skipHours.contains(hour) && !poll.skipDays.contains(weekday) { return candidate }
            let startOfHour = calendar.dateInterval(of: .hour, for: candidate)?.start ?? candidate
            candidate = startOfHour.addingTimeInterval(3600)
        }
        return date
    }

    private func clamp(_ value: Double) -> Double {
        min(max(value, settings.minInterval), settings.maxInterval)
    }
}
