/// Writes elements found inside text constructs back as markup.
enum MarkupWriter {
    static let voidElements: Set<String> = ["br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "wbr"]

    static func isVoid(_ local: String) -> Bool { voidElements.contains(local.lowercased()) }

    /// URI-valued attributes, resolved against the base in effect (as feedparser does).
    static let uriAttributes: Set<String> = ["href", "src", "cite", "action", "background", "longdesc", "poster", "usemap", "codebase", "data", "dynsrc", "lowsrc"]

    /// `<local a="v" …>` with attributes sorted by name and relative URIs made absolute.
    static func startTag(_ local: String, attributes: [XMLAttribute], base: String?, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: local.utf8)
        let named = attributes.map { (name: $0.prefix.isEmpty ? $0.local : $0.prefix + ":" + $0.local, attr: $0) }
        for (name, a) in named.sorted(by: { $0.name < $1.name }) {
            out.append(0x20)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "=\"".utf8)
            let value = a.prefix.isEmpty && uriAttributes.contains(a.local.lowercased()) ? URLResolver.resolve(a.value, against: base) : a.value
            escape(value.utf8, into: &out, quotes: true)
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
