/// Collects text with normalised whitespace and paragraph breaks, as UTF-8 bytes.
final class TextWriter {
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "table", "thead", "tbody", "tfoot", "section", "article", "header", "footer", "aside", "nav",
        "main", "pre", "hr", "figure", "figcaption", "address", "form", "fieldset", "details", "summary",
        "body", "caption", "center",
    ]
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "object"]

    private var out: [UInt8] = []
    /// 0: none, 1: line break, 2: paragraph break waiting to be written.
    private var pendingBreak = 0
    private var pendingSpace = false
    private var skipDepth = 0

    func start(_ name: String) {
        let n = name.lowercased()
        if Self.skipped.contains(n) { skipDepth += 1; return }
        if n == "br" { pendingBreak = max(pendingBreak, 1) } else if Self.blocks.contains(n) { pendingBreak = 2 }
        if n == "td" || n == "th" || n == "img" { pendingSpace = true }
    }

    func end(_ name: String) {
        let n = name.lowercased()
        if Self.skipped.contains(n) { skipDepth = max(0, skipDepth - 1); return }
        if Self.blocks.contains(n) { pendingBreak = 2 }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipDepth == 0 else { return }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C {
                pendingSpace = true
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                pendingSpace = true
                i += 1
            } else {
                flushSeparators()
                out.append(b)
            }
            i += 1
        }
    }

    /// Plain text: blank lines become paragraph breaks, other whitespace one space.
    func appendPlain(_ bytes: [UInt8]) {
        var newlines = 0
        for b in bytes {
            if b == 0x0A { newlines += 1; pendingSpace = true } else if b == 0x20 || b == 0x0D || b == 0x09 {
                pendingSpace = true
            } else {
                if newlines >= 2 { pendingBreak = 2 }
                newlines = 0
                flushSeparators()
                out.append(b)
            }
        }
    }

    private func flushSeparators() {
        if !out.isEmpty {
            if pendingBreak == 2 { out.append(0x0A); out.append(0x0A) } else if pendingBreak == 1 { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
        }
        pendingBreak = 0
        pendingSpace = false
    }

    func result() -> String { String(decoding: out, as: UTF8.self) }
}
