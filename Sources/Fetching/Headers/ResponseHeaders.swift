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
    mutating func consume(_ raw: String) -> Line {
        let line = raw.trimmingSuffix { $0.isNewline }
        if line.isEmpty { return .end }
        if line.hasPrefix("HTTP/") { return startResponse(line) }
        if let first = line.first, first == " " || first == "\t" { return fold(line) }
        guard let colon = line.firstIndex(of: ":") else { return .ignored }
        let name = line[..<colon].lowercased()
        let value = String(line[line.index(after: colon)...]).trimmingOWS()
        fields[name] = fields[name].map { "\($0), \(value)" } ?? value
        lastName = name
        return .field
    }

    private mutating func startResponse(_ line: Substring) -> Line {
        let parts = line.split(separator: " ", maxSplits: 2)
        status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        reason = parts.count > 2 ? String(parts[2]).trimmingOWS() : ""
        fields = [:]
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

extension StringProtocol {
    /// Trims HTTP optional whitespace (spaces and tabs) at both ends, keeping inner spacing verbatim.
    func trimmingOWS() -> String {
        let isOWS: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isOWS($0) }), let end = lastIndex(where: { !isOWS($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
