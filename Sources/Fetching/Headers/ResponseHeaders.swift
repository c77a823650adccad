/// The status and header fields of one HTTP response, fed line by line from curl's header callback.
struct ResponseHeaders {
    /// What one header line was.
    enum Line: Equatable {
        case status(Int)
        case field
        case end
        case ignored
    }

    private(set) var status = 0
    /// The status line's reason phrase ("Not Found"); empty for HTTP/2.
    private(set) var reason = ""
    /// Lower-cased field name → value with surrounding whitespace trimmed; repeats joined with ", ".
    private(set) var fields: [String: String] = [:]
    private var lastName: String?

    subscript(name: String) -> String? { fields[name.lowercased()] }

    /// Consumes one raw header line (with its CRLF). A status line starts a new response.
    /// Works on the UTF-8 bytes: every delimiter here is ASCII.
    mutating func consume(_ raw: String) -> Line {
        let line = raw[..<Self.endTrimmingNewlines(raw.utf8)]
        let bytes = line.utf8
        guard let first = bytes.first else { return .end }
        if Self.isStatusLine(bytes) { return startResponse(line) }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { return fold(line) }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .ignored }
        let name = line[..<colon].lowercased()
        let value = line[bytes.index(after: colon)...].trimmingOWS()
        if let existing = fields[name] {
            fields[name] = "\(existing), \(value)"
        } else {
            fields[name] = value
        }
        lastName = name
        return .field
    }

    /// Whether the line starts with "HTTP/".
    private static func isStatusLine(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        for expected in "HTTP/".utf8 {
            guard index < bytes.endIndex, bytes[index] == expected else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    /// Where the line ends without its trailing CR, LF (and other ASCII line breaks).
    private static func endTrimmingNewlines(_ bytes: String.UTF8View) -> String.Index {
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            switch bytes[before] {
            case 0x0A, 0x0B, 0x0C, 0x0D: end = before
            default: return end
            }
        }
        return end
    }

    private mutating func startResponse(_ line: Substring) -> Line {
        let parts = line.split(separator: " ", maxSplits: 2)
        status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        reason = parts.count > 2 ? String(parts[2]).trimmingOWS() : ""
        fields = Dictionary(minimumCapacity: 16)  // a response's usual dozen fields, without regrowing
        lastName = nil
        return .status(status)
    }

    /// An obsolete folded continuation line: appended to the previous field.
    private mutating func fold(_ line: Substring) -> Line {
        guard let name = lastName else { return .ignored }
        fields[name, default: ""] += " " + String(line).trimmingOWS()
        return .field
    }
}

extension Substring {
    /// Trims HTTP optional whitespace (spaces and tabs) at both ends, keeping inner spacing verbatim.
    func trimmingOWS() -> String {
        let bytes = utf8
        let isOWS: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let start = bytes.firstIndex(where: { !isOWS($0) }), let last = bytes.lastIndex(where: { !isOWS($0) }) else {
            return ""
        }
        // Both ends sit next to ASCII (or at the ends), so they are scalar boundaries.
        return String(self[start..<bytes.index(after: last)])
    }
}

extension String {
    /// Trims HTTP optional whitespace (spaces and tabs) at both ends, keeping inner spacing verbatim.
    func trimmingOWS() -> String { self[...].trimmingOWS() }
}
