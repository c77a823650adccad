import Foundation

/// Polling bounds and backoff, from the `[schedule]` table of the configuration.
public struct ScheduleSettings: Sendable, Hashable {
    /// Interval for a feed with no history and no override, seconds.
    public var defaultInterval: Double = 3600
    /// No feed is polled more often than this (hints and overrides are clamped), seconds.
    public var minInterval: Double = 300
    /// No healthy feed waits longer than this, seconds.
    public var maxInterval: Double = 86400
    /// Ceiling of the exponential backoff after failures, seconds (7 days).
    public var backoffCap: Double = 7 * 86400
    /// Jitter added to every next-check time, as a fraction of the interval (0–25%).
    public var jitter: Double = 0.25
    /// Consecutive fetches that must see the same permanent redirect before the feed URL moves.
    public var redirectConfirmations: Int = 3
    /// Zone for dates without one and for "yesterday" in digests.
    public var timeZone: TimeZone = .current

    public init() {}
}
