import Foundation

/// Broken-down date and time with a zone offset, turned into a `Date` without Foundation calendars.
struct CivilTime {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// Seconds east of UTC; nil when the text named no zone.
    var offset: Int?

    /// True when every field is in range (day checked against the month's length).
    var isValid: Bool {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return false }
        return (0...24).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    /// The instant, using `defaultOffset` when no zone was given.
    func date(defaultOffset: Int) -> Date? {
        guard isValid else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - (offset ?? defaultOffset)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Month and day of an ordinal day of the year; nil when out of range.
    static func monthDay(ordinal: Int, year: Int) -> (Int, Int)? {
        var rest = ordinal
        for m in 1...12 {
            let n = daysIn(month: m, year: year)
            if rest <= n { return rest >= 1 ? (m, rest) : nil }
            rest -= n
        }
        return nil
    }
}
