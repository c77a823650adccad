/// Removes the C0 control characters XML forbids (all below 0x20 except tab, LF and CR).
enum ControlCharacters {
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        let found = bytes.withUnsafeBufferPointer { buf -> Bool in
            let raw = UnsafeRawBufferPointer(buf)
            var i = 0
            while i + 8 <= buf.count {
                if ByteScan.hasLess(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0x20) {
                    for k in i..<(i + 8) where isForbidden(buf[k]) { return true }
                }
                i += 8
            }
            for k in i..<buf.count where isForbidden(buf[k]) { return true }
            return false
        }
        return found ? bytes.filter { !isForbidden($0) } : bytes
    }

    @inline(__always)
    static func isForbidden(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }
}
