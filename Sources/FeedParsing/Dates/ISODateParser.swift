/// ISO 8601 / W3CDTF dates, including the reduced and two-digit-year forms feeds use.
enum ISODateParser {
    /// Parses the whole string or returns nil.
    static func parse(_ text: String) -> CivilTime? {
        var s = DateScanner(text)
        guard var civil = datePart(&s) else { return nil }
        if s.atEnd { return civil }
        let separator = s.peek
        if separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") {
            s.pos += 1
        } else if separator == 0x20 {
            s.skipSpaces()
        } else {
            return nil
        }
        guard timePart(&s, into: &civil) else { return nil }
        s.skipSpaces()
        guard let zone = s.isoZone() else { return nil }
        civil.offset = zone
        s.skipSpaces()
        return s.atEnd ? civil : nil
    }

    /// Two-digit years belong to the current century, as feedparser does.
    static func century(_ yy: Int) -> Int { 2000 + yy }

    private static func datePart(_ s: inout DateScanner) -> CivilTime? {
        if s.eat(UInt8(ascii: "-")) { return truncatedDate(&s) }
        let first = s.digits()
        guard let firstValue = DateScanner.number(first) else { return nil }
        guard s.eat(UInt8(ascii: "-")) else { return compactDate(first) }
        let year = first.count == 2 ? century(firstValue) : firstValue
        guard first.count == 4 || first.count == 2 else { return nil }
        let second = s.digits()
        guard let secondValue = DateScanner.number(second) else { return nil }
        if !s.eat(UInt8(ascii: "-")) {
            if second.count == 3, secondValue > 12 || first.count == 4 && secondValue > 12 {
                guard let (m, d) = CivilTime.monthDay(ordinal: secondValue, year: year) else { return nil }
                return CivilTime(year: year, month: m, day: d)
            }
            return CivilTime(year: year, month: secondValue, day: 1)
        }
        let third = s.digits()
        guard third.count == 2 || third.count == 1, let day = DateScanner.number(third), second.count <= 3 else { return nil }
        return CivilTime(year: year, month: secondValue, day: day)
    }

    /// `-YYMM`, `-YY-MM` (year and month only).
    private static func truncatedDate(_ s: inout DateScanner) -> CivilTime? {
        let a = s.digits()
        if a.count == 4 {
            return CivilTime(year: century(DateScanner.number(a.prefix(2))!), month: DateScanner.number(a.suffix(2))!, day: 1)
        }
        guard a.count == 2, s.eat(UInt8(ascii: "-")) else { return nil }
        let b = s.digits()
        guard b.count == 2 else { return nil }
        return CivilTime(year: century(DateScanner.number(a)!), month: DateScanner.number(b)!, day: 1)
    }

    /// `YYYY`, `YYYYMMDD`, `YYMMDD`, `YYYYDDD`, `YYDDD`.
    private static func compactDate(_ d: ArraySlice<UInt8>) -> CivilTime? {
        let n = { (r: Range<Int>) in DateScanner.number(d[(d.startIndex + r.lowerBound)..<(d.startIndex + r.upperBound)])! }
        switch d.count {
        case 4: return CivilTime(year: n(0..<4), month: 1, day: 1)
        case 8: return CivilTime(year: n(0..<4), month: n(4..<6), day: n(6..<8))
        case 6: return CivilTime(year: century(n(0..<2)), month: n(2..<4), day: n(4..<6))
        case 7: return ordinal(year: n(0..<4), day: n(4..<7))
        case 5:
            // A day-of-year that could also be a month or day is too ambiguous to read.
            guard n(2..<5) > 31 else { return nil }
            return ordinal(year: century(n(0..<2)), day: n(2..<5))
        default: return nil
        }
    }

    private static func ordinal(year: Int, day: Int) -> CivilTime? {
        guard let (m, d) = CivilTime.monthDay(ordinal: day, year: year) else { return nil }
        return CivilTime(year: year, month: m, day: d)
    }

    /// `hh:mm[:ss[.fff]]` or `hhmm[ss]`.
    private static func timePart(_ s: inout DateScanner, into c: inout CivilTime) -> Bool {
        let h = s.digits()
        if h.count == 4 || h.count == 6 {
            c.hour = DateScanner.number(h.prefix(2))!
            c.minute = DateScanner.number(h.dropFirst(2).prefix(2))!
            if h.count == 6 { c.second = DateScanner.number(h.suffix(2))! }
        } else {
            guard h.count == 1 || h.count == 2, s.eat(UInt8(ascii: ":")) else { return false }
            let m = s.digits()
            guard m.count == 2 else { return false }
            c.hour = DateScanner.number(h)!
            c.minute = DateScanner.number(m)!
            if s.eat(UInt8(ascii: ":")) {
                let sec = s.digits()
                guard sec.count == 2 else { return false }
                c.second = DateScanner.number(sec)!
            }
        }
        if s.eat(UInt8(ascii: ".")) || s.eat(UInt8(ascii: ",")) {
            guard !s.digits().isEmpty else { return false }
        }
        return c.hour <= 23 || (c.hour == 24 && c.minute == 0 && c.second == 0)
    }
}
