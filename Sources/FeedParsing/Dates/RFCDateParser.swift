/// RFC 822 / RFC 1123 dates and the real-world variants around them: asctime, missing weekday or
/// seconds, two-digit years, `YYYY/MM/DD`, month and weekday names in several languages, named
/// zones. Every token must be understood, or the string is rejected. Works on the UTF-8 bytes.
enum RFCDateParser {
    private struct Fields {
        var day: Int?, month: Int?, year: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var pm: Bool?
    }

    typealias Token = ArraySlice<UInt8>

    static func parse(_ text: String) -> CivilTime? {
        var f = Fields()
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, isSeparator(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count, !isSeparator(bytes[i]) { i += 1 }
            if start < i, !accept(bytes[start..<i], into: &f) { return nil }
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

    @inline(__always)
    private static func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == UInt8(ascii: ",") || b == 0x09 }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func accept(_ raw: Token, into f: inout Fields) -> Bool {
        var token = raw
        while token.last == UInt8(ascii: ".") { token = token.dropLast() }
        guard let first = token.first else { return true }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { return zone(numeric: token, into: &f) }
        if isDigit(first) {
            if token.contains(UInt8(ascii: ":")) { return time(token, into: &f) }
            if token.contains(UInt8(ascii: "/")) { return slashDate(token, into: &f) }
            return token.allSatisfy(isDigit) && number(token, into: &f)
        }
        return word(lowercased(token), into: &f)
    }

    private static func lowercased(_ token: Token) -> String {
        if token.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: token.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return String(decoding: token, as: UTF8.self).lowercased()
    }

    private static func number(_ token: Token, into f: inout Fields) -> Bool {
        guard let n = DateScanner.number(token) else { return false }
        if token.count <= 2, f.day == nil, n >= 1 { f.day = n; return n <= 31 }
        guard f.year == nil else { return false }
        switch token.count {
        case 2: f.year = n < 70 ? 2000 + n : 1900 + n
        case 3, 4: f.year = n
        default: return false
        }
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
            return zone(numeric: ArraySlice(name[signIndex...].utf8), into: &f)
        }
        guard let offset = DateNames.zones[String(name)], f.offset == nil else { return false }
        f.offset = offset
        return true
    }

    private static func zone(numeric token: Token, into f: inout Fields) -> Bool {
        var s = DateScanner(bytes: token)
        guard f.offset == nil, let parsed = s.isoZone(), let offset = parsed, s.atEnd else { return false }
        f.offset = offset
        return true
    }

    /// `h:mm` or `h:mm:ss`, one or two digits each.
    private static func time(_ token: Token, into f: inout Fields) -> Bool {
        guard f.time == nil else { return false }
        var values: [Int] = []
        for part in token.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false) {
            guard (1...2).contains(part.count), part.allSatisfy(isDigit), let v = DateScanner.number(part) else { return false }
            values.append(v)
        }
        guard values.count == 2 || values.count == 3, values[0] <= 24, values[1] <= 59, values.count == 2 || values[2] <= 60 else { return false }
        f.time = (values[0], values[1], values.count == 3 ? values[2] : 0)
        return true
    }

    /// `YYYY/MM/DD`.
    private static func slashDate(_ token: Token, into f: inout Fields) -> Bool {
        let parts = token.split(separator: UInt8(ascii: "/"))
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(isDigit) }),
              let y = DateScanner.number(parts[0]), let m = DateScanner.number(parts[1]), let d = DateScanner.number(parts[2]) else { return false }
        f.year = y
        f.month = m
        f.day = d
        return true
    }
}
