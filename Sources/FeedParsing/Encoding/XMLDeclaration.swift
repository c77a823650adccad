import Foundation

/// Reads `encoding="…"` from an ASCII-compatible XML declaration.
enum XMLDeclaration {
    static func encoding(in body: ArraySlice<UInt8>) -> String? {
        let head = body.prefix(512)
        guard head.starts(with: xmlOpen), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let bytes = head[head.startIndex..<end]
        if bytes.allSatisfy({ $0 < 0x80 }) { return asciiEncoding(in: bytes) }
        let decl = String(decoding: bytes, as: UTF8.self)
        guard let r = decl.range(of: "encoding") else { return nil }
        var rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let name = rest.prefix { $0 != quote }
        return name.isEmpty ? nil : String(name)
    }

    private static let xmlOpen = Array("<?xml".utf8)
    private static let encodingKey = Array("encoding".utf8)

    /// `encoding(in:)` for an ASCII declaration (nearly all), on the bytes: the same steps
    /// without Foundation's string search.
    private static func asciiEncoding(in decl: ArraySlice<UInt8>) -> String? {
        let key = encodingKey
        var i = decl.startIndex
        while i + key.count <= decl.endIndex, !decl[i..<(i + key.count)].elementsEqual(key) { i += 1 }
        guard i + key.count <= decl.endIndex else { return nil }
        var j = i + key.count
        while j < decl.endIndex, decl[j] == 0x20 || decl[j] == UInt8(ascii: "=") { j += 1 }
        guard j < decl.endIndex, decl[j] == UInt8(ascii: "\"") || decl[j] == UInt8(ascii: "'") else { return nil }
        let quote = decl[j]
        let nameEnd = decl[(j + 1)...].firstIndex(of: quote) ?? decl.endIndex
        return nameEnd == j + 1 ? nil : String(decoding: decl[(j + 1)..<nameEnd], as: UTF8.self)
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
