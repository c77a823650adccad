import Foundation

/// Days and windows in the configured time zone: the digest's day, yesterday, the baseline days.
public struct DigestCalendar: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The day "YYYY-MM-DD" as [midnight, next midnight) in the zone; nil when not a valid date.
    public func window(day: String) -> DateInterval? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, day.count == 10,
              let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              label(start) == day,
              let end = calendar.date(byAdding: .day, value: 1, to: start) else { return nil }
        return DateInterval(start: start, end: end)
    }

    /// The day before the one containing `now`.
    public func yesterday(now: Date) -> String {
        label(calendar.date(byAdding: .day, value: -1, to: now) ?? now)
    }

    /// "YYYY-MM-DD" of the day containing `date`.
    public func label(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// A day or an ISO 8601 date-time: a day means its midnight in the zone.
    public func instant(_ text: String) -> Date? {
        if let day = window(day: text) { return day.start }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The seven windows before `window`, oldest first: calendar days for a one-day window
    /// (23 or 25 hours across DST changes), otherwise windows of the same length.
    public func baselineDays(before window: DateInterval) -> [DateInterval] {
        let isDay = self.window(day: label(window.start)) == window
        return (1...7).reversed().compactMap { n in
            if isDay {
                guard let start = calendar.date(byAdding: .day, value: -n, to: window.start),
                      let end = calendar.date(byAdding: .day, value: 1, to: start) else { return nil }
                return DateInterval(start: start, end: end)
            }
            return DateInterval(start: window.start.addingTimeInterval(-Double(n) * window.duration), duration: window.duration)
        }
    }
}
