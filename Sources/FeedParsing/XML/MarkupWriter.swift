/// Writes elements found inside text constructs back as markup.
enum MarkupWriter {
    static let voidElements: Set<String> = ["br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "wbr"]

    static func isVoid(_ local: String) -> Bool { voidElements.contains(local.lowercased()) }

    static func startTag(_ local: String, attributes: [XMLAttribute], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: local.utf8)
        for a in attributes {
            out.append(0x20)
            if !a.prefix.isEmpty, a.prefix != "xml" || true {
                if !a.prefix.isEmpty { out.append(contentsOf: a.prefix.utf8); out.append(UInt8(ascii: ":")) }
            }
            out.append(contentsOf: a.local.utf8)
            out.append(contentsOf: "=\"".utf8)
            escape(a.value.utf8, into: &out, quotes: true)
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: isVoid(local) ? " />".utf8 : ">".utf8)
    }

    static func endTag(_ local: String, into out: inout [UInt8]) {
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: local.utf8)
        out.append(UInt8(ascii: ">"))
    }

    static func escapeText(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        escape(bytes, into: &out, quotes: false)
    }

    static func escape(_ bytes: some Sequence<UInt8>, into out: inout [UInt8], quotes: Bool) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: out.append(contentsOf: "&quot;".utf8)
            default: out.append(b)
            }
        }
    }
}
