/// RFC 822 / RFC 1123 dates and the real-world variants around them: asctime, missing weekday or
/// seconds, two-digit years, `YYYY/MM/DD`, month and weekday names in several languages, named
/// zones. Every token must be understood, or the string is rejected.
enum RFCDateParser {
    private struct Fields {
        var day: Int?, month: Int?, year: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var pm: Bool?
    }

    static func parse(_ text: String) -> CivilTime? {
        var f = Fields()
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        for token in tokens {
            guard accept(String(token), into: &f) else { return nil }
        }
        guard let day = f.day, let month = f.month, let year = f.year else { return nil }
        var c = CivilTime(year: year, month: month, day: day, offset: f.offset)
        if let (h, m, s) = f.time {
            c.hour = h
            c.minute = m
            c.second = s
            if f.pm == true, h < 12 { c.hour += 12 }
            if f.pm == false, h == 12 { c.hour = 0 }
        }
        return c
    }

    private static func accept(_ raw: String, into f: inout Fields) -> Bool {
        var token = raw.lowercased()
        while token.hasSuffix(".") { token.removeLast() }
        guard let first = token.unicodeScalars.first else { return true }
        if first == "+" || first == "-" { return zone(numeric: token, into: &f) }
        let startsWithDigit = first.isASCII && first.value >= 0x30 && first.value <= 0x39
        if startsWithDigit, token.utf8.contains(UInt8(ascii: ":")) { return time(token, into: &f) }
        if startsWithDigit, token.utf8.contains(UInt8(ascii: "/")) { return slashDate(token, into: &f) }
        if token.allSatisfy(\.isASCIIDigit) { return number(token, into: &f) }
        return word(token, into: &f)
    }

    private static func number(_ token: String, into f: inout Fields) -> Bool {
        guard let n = Int(token) else { return false }
        if token.count <= 2, f.day == nil, n >= 1 { f.day = n; return n <= 31 }
        guard f.year == nil else { return false }
        if token.count == 2 { f.year = n < 70 ? 2000 + n : 1900 + n } else if token.count == 4 || token.count == 3 { f.year = n } else { return false }
        return true
    }

    private static func word(_ token: String, into f: inout Fields) -> Bool {
        if let m = DateNames.months[token], f.month == nil { f.month = m; return true }
        if DateNames.weekdays.contains(token) { return true }
        if token == "am" || token == "pm" { f.pm = token == "pm"; return true }
        var name = Substring(token)
        if name.hasPrefix("etc/") { name = name.dropFirst(4) }
        if let signIndex = name.firstIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let base = DateNames.zones[String(name[..<signIndex])], base == 0 else { return false }
            return zone(numeric: String(name[signIndex...]), into: &f)
        }
        guard let offset = DateNames.zones[String(name)], f.offset == nil else { return false }
        f.offset = offset
        return true
    }

    private static func zone(numeric token: String, into f: inout Fields) -> Bool {
        var s = DateScanner(token)
        guard f.offset == nil, let parsed = s.isoZone(), let offset = parsed, s.atEnd else { return false }
        f.offset = offset
        return true
    }

    private static func time(_ token: String, into f: inout Fields) -> Bool {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard f.time == nil, parts.count == 2 || parts.count == 3 else { return false }
        var values: [Int] = []
        for p in parts {
            guard (1...2).contains(p.count), p.allSatisfy(\.isASCIIDigit), let v = Int(p) else { return false }
            values.append(v)
        }
        guard values[0] <= 24, values[1] <= 59, (values.count == 2 || values[2] <= 60) else { return false }
        f.time = (values[0], values[1], values.count == 3 ? values[2] : 0)
        return true
    }

    /// `YYYY/MM/DD`.
    private static func slashDate(_ token: String, into f: inout Fields) -> Bool {
        let parts = token.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, token.split(separator: "/")[0].count == 4 else { return false }
        f.year = parts[0]
        f.month = parts[1]
        f.day = parts[2]
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
