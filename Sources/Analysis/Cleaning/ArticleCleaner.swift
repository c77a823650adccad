/// Removes the furniture around a news story and keeps it as metadata.
///
/// Input is plain text (already HTML-stripped) with paragraphs separated by blank lines. Pure
/// and deterministic; no regular expressions. Handles German and English wire conventions:
/// bylines ("Von: …", "Von …", "By …"), credits ("© …", "Foto: …", "Bild: …", "Photo: …"),
/// agency and author codes ("(dpa)", "(bohy)", "dpa/AFP"), datelines ("Peking –",
/// "BERLIN (dpa) –", "LONDON —", "Kiew (AP) -") and read-more boilerplate.
public enum ArticleCleaner {
    /// The cleaned body of `text` and its metadata. `title` is dropped when the text repeats it;
    /// `declaredAuthor` (the feed's author) wins over a byline found in the text.
    public static func clean(text: String, title: String?, declaredAuthor: String?) -> CleanArticle {
        var metadata = ArticleMetadata()
        var kept: [String] = []
        for (index, raw) in paragraphs(of: text).enumerated() {
            if index == 0, let title, repeatsTitle(raw, title) { continue }
            if let paragraph = clean(paragraph: raw, metadata: &metadata, datelineAllowed: kept.count < 6) {
                kept.append(paragraph)
            }
        }
        if let declared = declaredAuthor?.trimmed, !declared.isEmpty { metadata.author = declared }
        metadata.agency = Codes.preferredAgency(metadata.codes)
        return CleanArticle(body: kept.joined(separator: "\n\n"), metadata: metadata)
    }

    /// The paragraph without its furniture, or nil when nothing of the story is left.
    static func clean(paragraph: String, metadata: inout ArticleMetadata, datelineAllowed: Bool) -> String? {
        if metadata.author == nil, let author = Bylines.author(in: paragraph) {
            metadata.author = author
            return nil
        }
        if Boilerplate.isBoilerplate(paragraph) { return nil }
        var text = Bylines.removeCredits(paragraph, into: &metadata)
        if let code = Codes.standalone(text) {
            metadata.codes.append(code)
            return nil
        }
        text = Codes.removeTrailing(text, into: &metadata)
        if datelineAllowed, metadata.dateline == nil {
            text = Datelines.remove(text, into: &metadata)
        }
        text = text.trimmed
        return text.isEmpty ? nil : text
    }

    /// Paragraphs: runs of lines separated by blank lines, trimmed, empty ones dropped.
    static func paragraphs(of text: String) -> [String] {
        // Byte offsets of the breaks, found on the contiguous UTF-8; the same cuts as below.
        let cuts: [(Int, Int)]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var cuts: [(Int, Int)] = []
            var paragraphStart = 0, lineStart = 0, lineBlank = true
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte == 0x0A {
                    if lineBlank { cuts.append((paragraphStart, lineStart)); paragraphStart = i + 1 }
                    lineStart = i + 1
                    lineBlank = true
                } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                    lineBlank = false
                }
            }
            cuts.append((paragraphStart, bytes.count))
            return cuts
        }
        if let cuts {
            var result: [String] = []
            let utf8 = text.utf8
            for (start, end) in cuts {
                let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(utf8.startIndex, offsetBy: end)
                appendParagraph(text[from..<to], to: &result)
            }
            return result
        }
        var result: [String] = []
        let utf8 = text.utf8
        var paragraphStart = utf8.startIndex
        var lineStart = utf8.startIndex
        var lineBlank = true
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A {
                if lineBlank { appendParagraph(text[paragraphStart..<lineStart], to: &result); paragraphStart = utf8.index(after: i) }
                lineStart = utf8.index(after: i)
                lineBlank = true
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                lineBlank = false
            }
            i = utf8.index(after: i)
        }
        appendParagraph(text[paragraphStart...], to: &result)
        return result
    }

    static func appendParagraph(_ text: Substring, to result: inout [String]) {
        let paragraph = text.trimmed
        if !paragraph.isEmpty { result.append(paragraph) }
    }

    /// Whether a paragraph is the title again (possibly behind a short prefix such as a date).
    static func repeatsTitle(_ paragraph: String, _ title: String) -> Bool {
        let title = title.trimmed
        guard !title.isEmpty else { return false }
        return paragraph == title || (paragraph.hasSuffix(title) && paragraph.utf8.count <= title.utf8.count + 24)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
