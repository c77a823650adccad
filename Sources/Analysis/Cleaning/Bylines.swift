/// Bylines ("Von: Bona Hyun", "By Martin Haynes") and photo credits ("© Roman Pilipey/dpa",
/// "Foto: …", "Photo: …/Reuters").
enum Bylines {
    static let prefixes = ["Von:", "Von ", "VON ", "By:", "By ", "BY ", "Autor:", "Autorin:", "Author:", "Text:"]
    static let nameParticles: Set<String> = ["von", "van", "der", "den", "de", "zu", "und", "and", "la", "le", "da", "di", "del", "ter", "op", "bin", "al"]
    static let creditMarkers = ["Foto: ", "Fotos: ", "Bild: ", "Bilder: ", "Photo: ", "Photos: ", "Image: ", "Bildquelle: ", "Picture: ", "Fotocredit: "]

    /// The author named by a byline paragraph, or nil when the paragraph is not a byline.
    static func author(in paragraph: String) -> String? {
        guard let prefix = prefixes.first(where: { Prefix.hasPrefix(paragraph, $0) }),
              paragraph.utf8.count <= 110, !paragraph.utf8.contains(0x0A)
        else { return nil }
        var name = String(paragraph.dropFirst(prefix.count))
        for separator in [" | ", ", ", " – ", " — ", " - "] {
            if let range = name.utf8Range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        name = name.trimmed
        return isName(name) ? name : nil
    }

    /// Whether `text` reads like a person's name or a short list of names (or an agency).
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...7).contains(words.count), !text.contains(where: \.isNumber) else { return false }
        if let last = text.last, ".!?:;".contains(last), words.last?.count ?? 0 > 2 { return false }
        return words.allSatisfy { word in
            (word.first?.isUppercase ?? false) || nameParticles.contains(String(word))
                || Codes.isKnownAgency(String(word))
        }
    }

    /// The paragraph without its credits; the first credit found goes into `metadata`.
    static func removeCredits(_ paragraph: String, into metadata: inout ArticleMetadata) -> String {
        // Every marker holds ":" or "©" (whose UTF-8 ends in 0xA9): without either byte there is no credit.
        let mayHoldCredit = paragraph.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 == 0x3A || $0 == 0xA9 } }
            ?? paragraph.utf8.contains { $0 == 0x3A || $0 == 0xA9 }
        guard mayHoldCredit else { return paragraph }
        var text = paragraph
        for marker in ["©"] + creditMarkers {
            var from = text.startIndex
            while let range = text[from...].utf8Range(of: marker) {
                guard startsCredit(text, at: range.lowerBound, symbol: marker == "©"), creditLength(text, after: range.upperBound) <= 100 else {
                    from = range.upperBound
                    continue
                }
                text = cut(text, from: range.lowerBound, after: range.upperBound, into: &metadata)
                from = text.startIndex
            }
        }
        return text
    }

    /// The UTF-8 length from `start` to the end of its line.
    static func creditLength(_ text: String, after start: String.Index) -> Int {
        var n = 0
        for byte in text.utf8[start...] {
            if byte == 0x0A { break }
            n += 1
        }
        return n
    }

    /// Whether a credit marker at `index` begins the paragraph, a sentence or a bracket; "©"
    /// only needs white space before it (and not a letter: "Ã©" is mojibake, not a credit).
    static func startsCredit(_ text: String, at index: String.Index, symbol: Bool) -> Bool {
        guard index > text.startIndex else { return true }
        if symbol { return text[text.index(before: index)].isWhitespace || text[text.index(before: index)] == "(" }
        let before = text[..<index].trimmed
        guard let last = before.last else { return true }
        return ".!?(|\n".contains(last) || before.hasSuffix("/dpa") || last == "\u{201C}"
    }

    /// Where an author or agency code such as "(bohy)" or "(dpa)" ends a credit line: the code is
    /// not part of the credit ("© Roman Pilipey/dpa (bohy)").
    static func trailingCodeStart(_ text: String, from start: String.Index, to end: String.Index) -> String.Index? {
        let line = text[start..<end]
        let trimmed = line.reversed().drop(while: { $0.isWhitespace })
        guard trimmed.first == ")", let open = line.lastIndex(of: "(") else { return nil }
        let code = line[line.index(after: open)...].prefix { $0 != ")" }
        guard (2...8).contains(code.count), code.allSatisfy(\.isLetter), open > start else { return nil }
        return open
    }

    /// Removes a credit running from `start` (its marker) to the end of the line or bracket.
    static func cut(_ text: String, from start: String.Index, after markerEnd: String.Index, into metadata: inout ArticleMetadata) -> String {
        var from = start
        if from > text.startIndex, text[text.index(before: from)] == "(" { from = text.index(before: from) }
        let bracketed = from < start
        var end = text[markerEnd...].firstIndex(where: { $0 == "\n" || (bracketed && $0 == ")") }) ?? text.endIndex
        if !bracketed { end = trailingCodeStart(text, from: markerEnd, to: end) ?? end }
        let credit = text[markerEnd..<end].trimmed
        if bracketed, end < text.endIndex { end = text.index(after: end) }
        if metadata.credit == nil, !credit.isEmpty { metadata.credit = credit }
        return (text[..<from].trimmed + " " + text[end...].trimmed).trimmed
    }
}
