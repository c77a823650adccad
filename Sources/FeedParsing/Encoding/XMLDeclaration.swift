import Foundation

/// Reads `encoding="…"` from an ASCII-compatible XML declaration.
enum XMLDeclaration {
    static func encoding(in body: ArraySlice<UInt8>) -> String? {
        let head = body.prefix(512)
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let decl = String(decoding: head[head.startIndex..<end], as: UTF8.self)
        guard let r = decl.range(of: "encoding") else { return nil }
        var rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let name = rest.prefix { $0 != quote }
        return name.isEmpty ? nil : String(name)
    }
}

extension XMLDeclaration {
    /// Blanks out `encoding="…"` in the declaration of a document already converted to UTF-8, so
    /// libxml2 neither switches encodings nor rejects names it does not know. Overwritten with
    /// spaces (allowed before `?>`) rather than removed: no shift of the whole document.
    static func removeEncoding(_ bytes: inout [UInt8]) {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return }
        let head = bytes.prefix(512)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return }
        let key = Array("encoding".utf8)
        var i = 5
        while i + key.count < end, !bytes[i..<(i + key.count)].elementsEqual(key) { i += 1 }
        guard i + key.count < end else { return }
        var j = i + key.count
        while j < end, bytes[j] == 0x20 || bytes[j] == UInt8(ascii: "=") { j += 1 }
        guard j < end, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else { return }
        let quote = bytes[j]
        guard let close = bytes[(j + 1)..<end].firstIndex(of: quote) else { return }
        for k in i...close { bytes[k] = 0x20 }
    }
}
