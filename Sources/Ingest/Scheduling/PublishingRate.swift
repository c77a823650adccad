import Foundation

/// Estimates how often a feed publishes from the dates of the items it carries.
public enum PublishingRate {
    /// The median gap (seconds) between consecutive item dates, over the newest `window` dates that
    /// are not in the future; nil with fewer than three usable dates.
    public static func interval(of dates: [Date], now: Date, window: Int = 20) -> Int? {
        let usable = Array(Set(dates.filter { $0 <= now.addingTimeInterval(3600) })).sorted(by: >).prefix(window)
        guard usable.count >= 3 else { return nil }
        var gaps: [Double] = []
        for (newer, older) in zip(usable, usable.dropFirst()) { gaps.append(newer.timeIntervalSince(older)) }
        gaps.sort()
        let middle = gaps.count / 2
        let median = gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
        return max(1, Int(median.rounded()))
    }
}
