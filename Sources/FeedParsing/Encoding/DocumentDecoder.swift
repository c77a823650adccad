import Foundation

/// Turns the raw body into UTF-8 following RFC 3023 and feedparser's order: a byte-order mark (or
/// the UTF-16/32 pattern of `<?`) wins; then the HTTP charset; then the XML declaration; then
/// UTF-8. ISO-8859-1 and US-ASCII are read as windows-1252. Bytes invalid in the chosen encoding
/// fall back to UTF-8, then windows-1252, and make the document bozo.
struct DocumentDecoder {
    struct Decoded {
        var utf8: [UInt8]
        var encoding: String
        var bozoMessage: String?
        var warnings: [String] = []
        /// The declaration's `encoding="…"`, which the XML parser must not see.
        var declaredEncoding: Range<Int>?
        /// False when the conversion already found no forbidden control characters.
        var mayHaveControls = true
    }

    /// The encoding chosen for a body, before any byte is converted or checked.
    struct Choice {
        /// Bytes of a byte-order mark (or UTF-16/32 pattern) at the start, 0 when none.
        var bomLength: Int
        var label: String
        var warnings: [String]
        /// Whether the XML declaration names an encoding.
        var declaresEncoding: Bool

        /// UTF-8 without a byte-order mark: the bytes go to the XML parser as they are when they
        /// need no repair (see `FeedParser`).
        var isPlainUTF8: Bool { bomLength == 0 && (label == "utf-8" || label == "utf8") }
    }

    static func choose(_ bytes: [UInt8], contentType: String?) -> Choice {
        let sniffed = ByteOrderSniffer.sniff(bytes)
        let body = bytes[(sniffed?.bomLength ?? 0)...]
        let declared = sniffed == nil ? XMLDeclaration.encoding(in: body) : nil
        let http = contentType.flatMap(charset(in:))
        var warnings: [String] = []
        if let http, let declared, EncodingNames.label(http) != EncodingNames.label(declared) {
            warnings.append("HTTP charset \(http) differs from the XML declaration's \(declared); using \(http)")
        }
        let chosen = sniffed?.label ?? http.map(EncodingNames.label) ?? declared.map(EncodingNames.label) ?? "utf-8"
        return Choice(bomLength: sniffed?.bomLength ?? 0, label: chosen, warnings: warnings, declaresEncoding: declared != nil)
    }

    static func decode(_ bytes: [UInt8], contentType: String?) -> Decoded {
        decode(bytes, choice: choose(bytes, contentType: contentType))
    }

    static func decode(_ bytes: [UInt8], choice: Choice) -> Decoded {
        let body = bytes[choice.bomLength...]
        var result = convert(body, whole: bytes, label: choice.label)
        result.warnings = choice.warnings
        if result.mayHaveControls { result.utf8 = ControlCharacters.strip(result.utf8) }
        var declaredRange = XMLDeclaration.encodingRange(in: result.utf8)
        if let range = declaredRange, result.utf8[..<range.upperBound].contains(UInt8(ascii: "&")) {
            // The repair below could shift the range: take the attribute out first.
            result.utf8.removeSubrange(range)
            declaredRange = nil
        }
        if let repaired = AmpersandRepair.repair(result.utf8) {
            result.utf8 = repaired
            result.bozoMessage = result.bozoMessage ?? "unescaped & in the document"
        }
        result.declaredEncoding = declaredRange
        return result
    }

    /// The `charset` parameter of a Content-Type.
    static func charset(in contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingSpaces.lowercased() == "charset" else { continue }
            let v = kv[1].trimmingSpaces.trimmingCharacters(in: ["\"", "'"])
            return v.isEmpty ? nil : v
        }
        return nil
    }

    /// `whole` is the array `body` was cut from: when nothing was cut, valid UTF-8 is used as is.
    private static func convert(_ body: ArraySlice<UInt8>, whole: [UInt8], label: String) -> Decoded {
        if label == "utf-8" || label == "utf8" {
            // The common case: one pass checks the encoding and looks for control characters.
            let scanned = UTF8Bytes.scan(body)
            if scanned.valid {
                var decoded = Decoded(utf8: body.count == whole.count ? whole : Array(body), encoding: label)
                decoded.mayHaveControls = scanned.hasControls
                return decoded
            }
        } else if let utf8 = tryConvert(body, label: label) {
            return Decoded(utf8: utf8, encoding: label)
        }
        let why = Iconv.knows(EncodingNames.iconvNames(label)[0]) || label.hasPrefix("utf")
            ? "document declared as \(label), but bytes are invalid in it"
            : "unknown encoding \(label)"
        if label != "utf-8", UTF8Bytes.isValid(body) {
            return Decoded(utf8: Array(body), encoding: "utf-8", bozoMessage: why)
        }
        return Decoded(utf8: Windows1252.toUTF8(body), encoding: "windows-1252", bozoMessage: why)
    }

    private static func tryConvert(_ body: ArraySlice<UInt8>, label: String) -> [UInt8]? {
        if EncodingNames.isLatin1Family(label) { return Windows1252.toUTF8(body) }
        for name in EncodingNames.iconvNames(label) {
            if let out = Iconv.toUTF8(body, from: name) { return out }
        }
        return nil
    }
}
