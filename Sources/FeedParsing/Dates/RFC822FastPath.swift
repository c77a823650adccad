/// The canonical RFC 822 shape most feeds use, "Mon, 06 Feb 2023 12:00:00 +0100" (weekday
/// optional, zone numeric or GMT/UT/UTC/Z), read by position without allocating. Anything else
/// returns nil and goes to the general parser.
enum RFC822FastPath {
    static func parse(_ text: String) -> CivilTime? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> CivilTime? {
        var i = 0
        if b.count > 5, isLetter(b[0]), b[3] == UInt8(ascii: ","), b[4] == 0x20 { i = 5 }
        guard let day = digits(b, &i, min: 1, max: 2), eat(b, &i, 0x20),
              i + 4 <= b.count, let month = month(b[i], b[i + 1], b[i + 2]), b[i + 3] == 0x20 else { return nil }
        i += 4
        guard let year = digits(b, &i, min: 4, max: 4), eat(b, &i, 0x20),
              let hour = digits(b, &i, min: 2, max: 2), eat(b, &i, UInt8(ascii: ":")),
              let minute = digits(b, &i, min: 2, max: 2), eat(b, &i, UInt8(ascii: ":")),
              let second = digits(b, &i, min: 2, max: 2), eat(b, &i, 0x20),
              let offset = zone(b, i) else { return nil }
        return CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    @inline(__always)
    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }

    @inline(__always)
    private static func eat(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ c: UInt8) -> Bool {
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, min: Int, max: Int) -> Int? {
        var n = 0, count = 0
        while i < b.count, count < max, b[i] >= 0x30, b[i] <= 0x39 {
            n = n * 10 + Int(b[i] - 0x30)
            i += 1
            count += 1
        }
        return count >= min ? n : nil
    }

    private static func month(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
        switch (a | 0x20, b | 0x20, c | 0x20) {
        case (0x6A, 0x61, 0x6E): return 1 // jan
        case (0x66, 0x65, 0x62): return 2 // feb
        case (0x6D, 0x61, 0x72): return 3 // mar
        case (0x61, 0x70, 0x72): return 4 // apr
        case (0x6D, 0x61, 0x79): return 5 // may
        case (0x6A, 0x75, 0x6E): return 6 // jun
        case (0x6A, 0x75, 0x6C): return 7 // jul
        case (0x61, 0x75, 0x67): return 8 // aug
        case (0x73, 0x65, 0x70): return 9 // sep
        case (0x6F, 0x63, 0x74): return 10 // oct
        case (0x6E, 0x6F, 0x76): return 11 // nov
        case (0x64, 0x65, 0x63): return 12 // dec
        default: return nil
        }
    }

    /// `+hhmm` / `-hhmm`, or GMT / UT / UTC / Z, ending the string.
    private static func zone(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let rest = b.count - start
        if rest == 5, b[start] == UInt8(ascii: "+") || b[start] == UInt8(ascii: "-") {
            var i = start + 1
            guard let hhmm = digits(b, &i, min: 4, max: 4), hhmm / 100 <= 23, hhmm % 100 <= 59 else { return nil }
            let seconds = (hhmm / 100) * 3600 + (hhmm % 100) * 60
            return b[start] == UInt8(ascii: "-") ? -seconds : seconds
        }
        var name: UInt32 = 0
        guard rest >= 1, rest <= 3 else { return nil }
        for k in start..<b.count { name = name << 8 | UInt32(b[k] | 0x20) }
        switch name {
        case 0x676D74, 0x7574, 0x757463, 0x7A: return 0 // gmt, ut, utc, z
        default: return nil
        }
    }
}
