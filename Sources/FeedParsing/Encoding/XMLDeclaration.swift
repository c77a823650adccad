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
    /// Where `encoding="…"` stands in the declaration of a document already converted to UTF-8:
    /// the parser is fed the document without it, so libxml2 neither switches encodings nor
    /// rejects names it does not know. (Left in place: the bytes may be shared with the caller.)
    static func encodingRange(in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(512)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let key = Array("encoding".utf8)
        var i = 5
        while i + key.count < end, !bytes[i..<(i + key.count)].elementsEqual(key) { i += 1 }
        guard i + key.count < end else { return nil }
        var j = i + key.count
        while j < end, bytes[j] == 0x20 || bytes[j] == UInt8(ascii: "=") { j += 1 }
        guard j < end, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[j]
        guard let close = bytes[(j + 1)..<end].firstIndex(of: quote) else { return nil }
        return i..<(close + 1)
    }
}
