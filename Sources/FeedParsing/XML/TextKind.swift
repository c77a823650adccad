import Foundation

/// How a text construct's content is written.
enum TextKind: Equatable {
    case plain
    case html
    case xhtml
    case base64(mime: String)
    case other(mime: String)

    var isHTML: Bool { if case .html = self { return true } else { return false } }
    var isXHTML: Bool { if case .xhtml = self { return true } else { return false } }

    var mime: String {
        switch self {
        case .plain: return "text/plain"
        case .html: return "text/html"
        case .xhtml: return "application/xhtml+xml"
        case .base64(let m), .other(let m): return m
        }
    }

    /// Lowercased and trimmed; values already in that form (nearly all) skip Foundation.
    private static func normalized(_ type: String) -> String {
        let plain = type.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        return plain ? type : type.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// From Atom `type` (and Atom 0.3 `mode`) attributes, with `fallback` when none is given.
    static func from(type: String?, mode: String?, fallback: TextKind) -> TextKind {
        var kind = fallback
        if let type = type.map(normalized), !type.isEmpty {
            switch type {
            case "text", "text/plain": kind = .plain
            case "html", "text/html": kind = .html
            case "xhtml", "application/xhtml+xml": kind = .xhtml
            default: kind = type.hasPrefix("text/") || type.hasSuffix("xml") ? .other(mime: type) : .base64(mime: type)
            }
        }
        switch mode?.lowercased() {
        case "base64": return .base64(mime: kind.mime)
        case "xml" where kind != .xhtml && kind.mime.hasSuffix("xml") == false && kind != .html: return kind
        default: return kind
        }
    }
}
