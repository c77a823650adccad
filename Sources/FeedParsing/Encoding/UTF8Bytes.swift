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
    /// forbids (see `ControlCharacters`): one pass, sixteen plain ASCII bytes at a time.
    static func scan(_ bytes: ArraySlice<UInt8>) -> (valid: Bool, hasControls: Bool) {
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            let raw = UnsafeRawBufferPointer(buf)
            var controls = false
            while i < n {
                // Sixteen ASCII bytes at a time, none below 0x20 (tabs and line ends drop out here).
                while i + 16 <= n {
                    let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let b = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    if (a | b) & ByteScan.highs != 0 || ByteScan.hasLess(a, 0x20) || ByteScan.hasLess(b, 0x20) { break }
                    i += 16
                }
                guard i < n else { break }
                let b = buf[i]
                if b < 0x80 {
                    if ControlCharacters.isForbidden(b) { controls = true }
                    i += 1
                    continue
                }
                let (len, lo, hi): (Int, UInt8, UInt8)
                switch b {
                case 0xC2...0xDF: (len, lo, hi) = (2, 0x80, 0xBF)
                case 0xE0: (len, lo, hi) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (len, lo, hi) = (3, 0x80, 0xBF)
                case 0xED: (len, lo, hi) = (3, 0x80, 0x9F)
                case 0xF0: (len, lo, hi) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (len, lo, hi) = (4, 0x80, 0xBF)
                case 0xF4: (len, lo, hi) = (4, 0x80, 0x8F)
                default: return (false, controls)
                }
                guard i + len <= n, (lo...hi).contains(buf[i + 1]) else { return (false, controls) }
                for k in 2..<len where !(0x80...0xBF).contains(buf[i + k]) { return (false, controls) }
                i += len
            }
            return (true, controls)
        }
    }
}
