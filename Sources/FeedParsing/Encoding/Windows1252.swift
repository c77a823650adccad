/// windows-1252, also used for documents declared ISO-8859-1 or US-ASCII: browsers and feedparser
/// read bytes 0x80–0x9F as the typographic characters Windows puts there.
enum Windows1252 {
    /// Scalars for 0x80…0x9F (undefined positions keep their C1 code point).
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes every byte; never fails.
    static func toUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
            } else {
                let scalar = (0x80...0x9F).contains(b) ? high[Int(b - 0x80)] : UInt32(b)
                UTF8Bytes.append(scalar, to: &out)
            }
        }
        return out
    }
}
