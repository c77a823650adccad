import Foundation

/// A JSON value written straight to UTF-8 in the layout of `JSONOutput.print` (JSONSerialization
/// with .prettyPrinted, .sortedKeys and .withoutEscapingSlashes), without the round trip through
/// `Any`, NSDictionary and locale-aware key sorting that makes large outputs slow.
///
/// Object members are written in the order given: callers list them sorted by key, as
/// `JSONOutput.print` would (plain lower-case ASCII keys sort the same either way).
enum JSONText {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    indirect case array([JSONText])
    indirect case object([(String, JSONText)])

    static func optional(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }

    /// The pretty-printed text, ending in a newline like `JSONOutput.print`'s; or, when not
    /// `pretty`, the compact text (no whitespace, no final newline).
    func rendered(pretty: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        if pretty {
            write(to: &out, indent: 0)
            out.append(UInt8(ascii: "\n"))
        } else {
            writeCompact(to: &out)
        }
        return out
    }

    /// Prints the value to standard output.
    func print() {
        let bytes = rendered()
        FileHandle.standardOutput.write(Data(bytes))
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let value): Self.writeString(value, to: &out)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): out.append(contentsOf: Self.number(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let elements):
            Self.writeContainer(open: "[", close: "]", count: elements.count, indent: indent, to: &out) { index, out in
                elements[index].write(to: &out, indent: indent + 1)
            }
        case .object(let members):
            Self.writeContainer(open: "{", close: "}", count: members.count, indent: indent, to: &out) { index, out in
                Self.writeString(members[index].0, to: &out)
                out.append(contentsOf: " : ".utf8)
                members[index].1.write(to: &out, indent: indent + 1)
            }
        }
    }

    private func writeCompact(to out: inout [UInt8]) {
        switch self {
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(member.0, to: &out)
                out.append(UInt8(ascii: ":"))
                member.1.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(to: &out, indent: 0)  // scalars have no layout
        }
    }

    private static func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int, to out: inout [UInt8],
        element: (Int, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: open))
        out.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            writeIndent(indent + 1, to: &out)
            element(index, &out)
        }
        out.append(UInt8(ascii: "\n"))
        writeIndent(indent, to: &out)
        out.append(UInt8(ascii: close))
    }

    private static func writeIndent(_ level: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Like JSONSerialization: the shortest representation that reads back the same, "1" for 1.0.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0x0F))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
