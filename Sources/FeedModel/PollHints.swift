import Foundation

/// What a feed document says about how often to poll it (all optional).
public struct PollHints: Sendable, Hashable, Codable {
    /// RSS `<ttl>`, minutes: a lower bound on the interval.
    public var ttlMinutes: Int?
    /// sy:updatePeriod / sy:updateFrequency turned into seconds between updates: a lower bound.
    public var updatePeriodSeconds: Int?
    /// RSS `<skipHours>`: hours (0–23, GMT) in which the feed should not be polled.
    @SortedOnEncoding public var skipHours: Set<Int>
    /// RSS `<skipDays>`: weekdays (1 = Sunday … 7 = Saturday) on which the feed should not be polled.
    @SortedOnEncoding public var skipDays: Set<Int>

    public init(ttlMinutes: Int? = nil, updatePeriodSeconds: Int? = nil, skipHours: Set<Int> = [], skipDays: Set<Int> = []) {
        self.ttlMinutes = ttlMinutes
        self.updatePeriodSeconds = updatePeriodSeconds
        self.skipHours = skipHours
        self.skipDays = skipDays
    }

    /// sy:updatePeriod (hourly, daily, weekly, monthly, yearly) and sy:updateFrequency (times per period).
    public static func updatePeriod(_ period: String?, frequency: String?) -> Int? {
        let seconds: [String: Int] = ["hourly": 3600, "daily": 86400, "weekly": 604_800, "monthly": 2_592_000, "yearly": 31_536_000]
        guard let period, let base = seconds[period.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()] else { return nil }
        let times = frequency.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 1
        return times > 0 ? base / times : base
    }
}
