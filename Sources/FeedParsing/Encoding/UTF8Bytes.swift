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

    /// Whether `buf` starts on a character and its last character is complete: the first byte
    /// is not a continuation byte, and the last lead byte has as many continuation bytes after
    /// it as it announces. Well-formed UTF-8 always passes; this reads at most four bytes.
    static func hasWholeEnds(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        guard n > 0 else { return true }
        guard buf[0] & 0xC0 != 0x80 else { return false }
        var lead = n - 1
        while lead > 0, n - lead < 4, buf[lead] & 0xC0 == 0x80 { lead -= 1 }
        let b = buf[lead]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        return length == n - lead
    }

    /// Whether `bytes` is well-formed UTF-8 and, if so, whether it holds a C0 control that XML
    /// forbids (see `ControlCharacters`): one pass, sixteen ASCII bytes at a time.
    static func scan(_ bytes: ArraySlice<UInt8>) -> (valid: Bool, hasControls: Bool) {
        bytes.withUnsafeBufferPointer { scan($0, checkingControls: true) }
    }

    /// True when `buf` is well-formed UTF-8: the same pass without the control check.
    static func isValid(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(buf, checkingControls: false).valid
    }

    @inline(__always)
    private static func scan(_ buf: UnsafeBufferPointer<UInt8>, checkingControls: Bool) -> (valid: Bool, hasControls: Bool) {
        guard let start = buf.baseAddress else { return (true, false) }
        let base = UnsafeRawPointer(start)
        var i = 0
        let n = buf.count
        var controls = false
        while i < n {
            // Sixteen bytes at a time while they are ASCII, forbidden controls tested word-wise;
            // a block with a non-ASCII byte is left exactly at that byte.
            while i &+ 16 <= n {
                let a = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let b = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self))
                if checkingControls, !controls, ByteScan.forbiddenControls(a) | ByteScan.forbiddenControls(b) != 0 { controls = true }
                let ha = a & ByteScan.highs, hb = b & ByteScan.highs
                if ha | hb == 0 {
                    i &+= 16
                    continue
                }
                i &+= ha != 0 ? ha.trailingZeroBitCount >> 3 : 8 &+ hb.trailingZeroBitCount >> 3
                // The two- and three-byte forms of running text (umlauts, typographic quotes and
                // dashes) are checked here, without leaving the loop; anything else below.
                guard i &+ 3 <= n else { break }
                let c0 = buf[i], c1 = buf[i &+ 1]
                if c0 >= 0xC2, c0 <= 0xDF {
                    guard c1 & 0xC0 == 0x80 else { break }
                    i &+= 2
                    continue
                }
                guard c0 >= 0xE1, c0 <= 0xEF, c0 != 0xED, c1 & 0xC0 == 0x80, buf[i &+ 2] & 0xC0 == 0x80 else { break }
                i &+= 3
            }
            guard i < n else { break }
            let b = buf[i]
            if b < 0x80 {
                if checkingControls, ControlCharacters.isForbidden(b) { controls = true }
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
