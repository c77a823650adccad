/// Removes the C0 control characters XML forbids (all below 0x20 except tab, LF and CR).
enum ControlCharacters {
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        let found = bytes.withUnsafeBufferPointer { buf -> Bool in
            for b in buf where b < 0x20 && isForbidden(b) { return true }
            return false
        }
        return found ? bytes.filter { !isForbidden($0) } : bytes
    }

    @inline(__always)
    static func isForbidden(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }
}
