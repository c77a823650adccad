import FeedModel
import Foundation

/// When to fetch a feed again, from the outcome of its last fetch. Pure: time and randomness are inputs.
public struct NextCheck: Sendable {
    public var settings: ScheduleSettings

    public init(settings: ScheduleSettings) {
        self.settings = settings
    }

    /// The base interval of a healthy feed: its override or the default, clamped to [min, max].
    public func healthyInterval(override: Int?) -> Double {
        clamp(override.map(Double.init) ?? settings.defaultInterval)
    }

    /// Backoff after `failures` consecutive failures: min interval × 2^(failures−1), capped.
    public func backoff(failures: Int) -> Double {
        guard failures > 0 else { return 0 }
        let exponent = Double(min(failures - 1, 30))
        return min(settings.backoffCap, max(settings.minInterval, 60) * pow(2, exponent))
    }

    /// The next check time. `unit` is a random number in [0, 1) that spreads checks (0–25% jitter).
    /// Server hints (max-age, Expires, ttl, Retry-After) are lower bounds; Retry-After is never undercut.
    public func date(
        after now: Date, outcome: FetchOutcome, failures: Int, override: Int?, hints: ServerHints,
        ttlMinutes: Int?, unit: Double
    ) -> Date {
        var interval = healthyInterval(override: override)
        if !outcome.isSuccess { interval = max(backoff(failures: failures), settings.minInterval) }
        if let ttlMinutes { interval = max(interval, clamp(Double(ttlMinutes) * 60)) }
        if let fresh = hints.freshUntil { interval = max(interval, clamp(fresh.timeIntervalSince(now))) }
        var next = now.addingTimeInterval(interval + interval * settings.jitter * min(max(unit, 0), 1))
        if let retry = hints.retryAfter, retry > next { next = retry }
        return next
    }

    private func clamp(_ value: Double) -> Double {
        min(max(value, settings.minInterval), settings.maxInterval)
    }
}
