/// A cursor over the ASCII bytes of a date string.
struct DateScanner {
    let bytes: [UInt8]
    var pos = 0

    init(_ text: String) { bytes = Array(text.utf8) }
    init(bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    var atEnd: Bool { pos >= bytes.count }
    var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Consumes `b` when it is next.
    mutating func eat(_ b: UInt8) -> Bool {
        guard peek == b else { return false }
        pos += 1
        return true
    }

    /// Consumes a run of digits and returns them as text ("" when none), without copying.
    mutating func digits() -> ArraySlice<UInt8> {
        let start = pos
        while let b = peek, Self.isDigit(b) { pos += 1 }
        return bytes[start..<pos]
    }

    mutating func skipSpaces() {
        while peek == 0x20 || peek == 0x09 { pos += 1 }
    }

    static func number(_ d: ArraySlice<UInt8>) -> Int? {
        guard !d.isEmpty, d.count <= 9 else { return nil }
        var n = 0
        for b in d {
            guard isDigit(b) else { return nil }
            n = n * 10 + Int(b &- 0x30)
        }
        return n
    }

    static func number(_ d: [UInt8]) -> Int? { number(d[...]) }

    /// `Z`, `±hh`, `±hhmm`, `±hh:mm`; nil on malformed zone, `.some(nil)` when none follows.
    mutating func isoZone() -> Int?? {
        if eat(UInt8(ascii: "Z")) || eat(UInt8(ascii: "z")) { return .some(0) }
        guard let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return .some(nil) }
        pos += 1
        let h = digits()
        var hours = 0, minutes = 0
        if h.count == 4 {
            hours = Self.number(h.prefix(2))!
            minutes = Self.number(h.suffix(2))!
        } else if h.count == 2 || h.count == 1 {
            hours = Self.number(h)!
            if eat(UInt8(ascii: ":")) {
                let m = digits()
                guard m.count == 2 else { return nil }
                minutes = Self.number(m)!
            }
        } else {
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        let offset = hours * 3600 + minutes * 60
        return .some(sign == UInt8(ascii: "-") ? -offset : offset)
    }
}
