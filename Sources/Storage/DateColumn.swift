import Foundation
import GRDB

/// Dates as the text GRDB stores ("yyyy-MM-dd HH:mm:ss.SSS", UTC, rounded to the millisecond as
/// Foundation's formatter does), built without a `DateFormatter`: the item writer stores four dates
/// per item, and ICU formatting was a measurable share of a bulk ingest. Dates before 1970 (where
/// ICU rounds differently and switches to the Julian calendar before 1582) and after 9999 fall back
/// to GRDB's own encoding.
enum DateColumn {
    static func value(_ date: Date?) -> (any DatabaseValueConvertible)? {
        guard let date else { return nil }
        return text(date) ?? date
    }

    /// The stored text of `date`, or nil when its year has no four-digit form.
    static func text(_ date: Date) -> String? {
        // As CFDateFormatter computes it: from the reference date, in milliseconds, rounded.
        let interval = date.timeIntervalSinceReferenceDate + 978_307_200
        guard interval.isFinite else { return nil }
        let totalMillis = (interval * 1000).rounded()
        guard totalMillis >= 0, totalMillis < 2.5e14 else { return nil }
        var millis = Int64(totalMillis)
        var seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        millis -= seconds * 1000
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        seconds -= days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1601...9999).contains(year) else { return nil }
        var bytes = [UInt8](repeating: 0, count: 23)
        func put(_ value: Int64, at offset: Int, digits: Int) {
            var v = value
            for i in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
            }
        }
        put(year, at: 0, digits: 4)
        bytes[4] = 45  // -
        put(month, at: 5, digits: 2)
        bytes[7] = 45
        put(day, at: 8, digits: 2)
        bytes[10] = 32  // space
        put(seconds / 3600, at: 11, digits: 2)
        bytes[13] = 58  // :
        put(seconds / 60 % 60, at: 14, digits: 2)
        bytes[16] = 58
        put(seconds % 60, at: 17, digits: 2)
        bytes[19] = 46  // .
        put(millis, at: 20, digits: 3)
        return String(decoding: bytes, as: UTF8.self)
    }
}
