/// Appends Unicode scalars as UTF-8.
enum UTF8Bytes {
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// True when `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        scan(bytes).valid
    }

    /// Whether `bytes` is well-formed UTF-8 and, if so, whether it holds a C0 control that XML
    /// forbids (see `ControlCharacters`): one pass, eight ASCII bytes at a time.
    static func scan(_ bytes: ArraySlice<UInt8>) -> (valid: Bool, hasControls: Bool) {
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            let raw = UnsafeRawBufferPointer(buf)
            var controls = false
            while i < n {
                // Eight ASCII bytes at a time; a word with a byte below 0x20 (a tab or line end,
                // mostly) is looked at byte by byte without leaving the loop.
                while i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & ByteScan.highs != 0 { break }
                    if !controls, ByteScan.hasLess(w, 0x20) {
                        for k in i..<(i + 8) where ControlCharacters.isForbidden(buf[k]) { controls = true }
                    }
                    i += 8
                }
                guard i < n else { break }
                let b = buf[i]
                if b < 0x80 {
                    if ControlCharacters.isForbidden(b) { controls = true }
                    i += 1
                    continue
                }
                // Two- and three-byte forms (Latin letters, typographic quotes) first.
                if b >= 0xC2, b <= 0xDF {
                    guard i + 1 < n, buf[i + 1] & 0xC0 == 0x80 else { return (false, controls) }
                    i += 2
                    continue
                }
                let (len, lo, hi): (Int, UInt8, UInt8)
                switch b {
                case 0xE0: (len, lo, hi) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (len, lo, hi) = (3, 0x80, 0xBF)
                case 0xED: (len, lo, hi) = (3, 0x80, 0x9F)
                case 0xF0: (len, lo, hi) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (len, lo, hi) = (4, 0x80, 0xBF)
                case 0xF4: (len, lo, hi) = (4, 0x80, 0x8F)
                default: return (false, controls)
                }
                guard i + len <= n, buf[i + 1] >= lo, buf[i + 1] <= hi, buf[i + 2] & 0xC0 == 0x80 else { return (false, controls) }
                if len == 4, buf[i + 3] & 0xC0 != 0x80 { return (false, controls) }
                i += len
            }
            return (true, controls)
        }
    }
}
