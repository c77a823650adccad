/// Agency and author codes: "(dpa)", "(AFP)", "(bohy)", "(Reuters)", "dpa/AFP".
enum Codes {
    /// Lower-cased names of news agencies.
    static let agencies: Set<String> = [
        "dpa", "afp", "ap", "reuters", "kna", "epd", "sid", "ddp", "apa", "sda", "ats", "ansa", "efe",
        "upi", "xinhua", "tass", "ria", "bloomberg", "pa", "anp", "belga", "ctk", "pap", "tt", "ntb",
        "dts", "afx", "dpa-afx", "aap", "cp", "kyodo", "yonhap", "idea", "rtr",
    ]

    /// Whether `word` names an agency, or several joined by "/" ("dpa/AFP").
    static func isKnownAgency(_ word: String) -> Bool {
        // Agencies are ASCII letters and "-": an ASCII word with any other byte but "/" is none.
        var ascii = true, other = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) && byte != 0x2F && byte != 0x2D { other = true }
        }
        if ascii && other { return false }
        let parts = word.lowercased().split(separator: "/")
        return !parts.isEmpty && parts.allSatisfy { agencies.contains(String($0)) }
    }

    /// Whether `text` looks like a code: 2 to 24 letters, "/", "." or "-" and no spaces.
    static func isCode(_ text: Substring) -> Bool {
        (2...24).contains(text.count) && text.first?.isLetter == true
            && text.allSatisfy { $0.isLetter || $0 == "/" || $0 == "." || $0 == "-" }
    }

    /// An author code: 2 to 6 lower-case letters ("bohy", "clw", "red"), maybe joined by "/".
    static func isAuthorCode(_ text: Substring) -> Bool {
        (2...13).contains(text.count) && text.split(separator: "/").allSatisfy { part in
            (2...6).contains(part.count) && part.allSatisfy { $0.isLowercase }
        }
    }

    /// Whether the text before a trailing code ends a sentence.
    static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.trimmed.last else { return false }
        return ".!?\u{201C}\"»)".contains(last)
    }

    /// The code when a whole paragraph is one ("(dpa)", "dpa/AFP"), else nil.
    static func standalone(_ paragraph: String) -> String? {
        guard paragraph.utf8.count <= 40 else { return nil }
        var text = Substring(paragraph.trimmed)
        if text.hasPrefix("("), text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        else if !isKnownAgency(String(text)) { return nil }
        return isCode(text) ? String(text) : nil
    }

    /// The paragraph without a trailing code ("… bekannt. (bohy)", "… said. dpa/AFP").
    static func removeTrailing(_ paragraph: String, into metadata: inout ArticleMetadata) -> String {
        let text = paragraph.trimmed
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let code = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if isKnownAgency(String(code)) || (isAuthorCode(code) && endsSentence(text[..<open])) {
                metadata.codes.append(String(code))
                return String(text[..<open]).trimmed
            }
        }
        if let space = text.lastIndex(of: " ") {
            let word = text[text.index(after: space)...]
            if isKnownAgency(String(word)), case let before = text[..<space].trimmed, let end = before.last, ".!?\u{201C}\"".contains(end) {
                metadata.codes.append(String(word))
                return before
            }
        }
        return text
    }

    /// The code to report as the agency: the first naming a known agency, else the first one.
    static func preferredAgency(_ codes: [String]) -> String? {
        codes.first(where: isKnownAgency) ?? codes.first
    }
}
