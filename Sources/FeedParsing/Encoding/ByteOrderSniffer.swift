/// Finds a byte-order mark or the UTF-16/UTF-32 shape of a leading `<`.
enum ByteOrderSniffer {
    struct Sniffed {
        var label: String
        var bomLength: Int
    }

    static func sniff(_ b: [UInt8]) -> Sniffed? {
        func starts(_ p: [UInt8]) -> Bool { b.starts(with: p) }
        // Every pattern begins with one of these bytes; anything else is ruled out at once.
        guard let first = b.first, first == 0x00 || first == 0x3C || first >= 0xEF else { return nil }
        if starts([0xEF, 0xBB, 0xBF]) { return Sniffed(label: "utf-8", bomLength: 3) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return Sniffed(label: "utf-32be", bomLength: 4) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return Sniffed(label: "utf-32le", bomLength: 4) }
        if starts([0xFE, 0xFF]) { return Sniffed(label: "utf-16be", bomLength: 2) }
        if starts([0xFF, 0xFE]) { return Sniffed(label: "utf-16le", bomLength: 2) }
        if starts([0x00, 0x00, 0x00, 0x3C]) { return Sniffed(label: "utf-32be", bomLength: 0) }
        if starts([0x3C, 0x00, 0x00, 0x00]) { return Sniffed(label: "utf-32le", bomLength: 0) }
        if starts([0x00, 0x3C, 0x00, 0x3F]) || starts([0x00, 0x3C, 0x00, 0x21]) { return Sniffed(label: "utf-16be", bomLength: 0) }
        if starts([0x3C, 0x00, 0x3F, 0x00]) || starts([0x3C, 0x00, 0x21, 0x00]) { return Sniffed(label: "utf-16le", bomLength: 0) }
        return nil
    }
}
