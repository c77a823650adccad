/// Datelines at the start of a story: "Peking –", "BERLIN (dpa) –", "LONDON —", "Kiew (AP) -".
enum Datelines {
    static let dashes = [" – ", " — ", " - ", " -- "]
    static let placeParticles: Set<String> = ["am", "an", "der", "de", "del", "da", "do", "la", "le", "sur", "upon", "im", "ob"]

    /// Kickers that look like a dateline but are not a place ("WARNING –", "EILMELDUNG –").
    static let kickers: Set<String> = [
        "warning", "update", "updated", "breaking", "exclusive", "live", "video", "watch", "analysis",
        "opinion", "comment", "review", "eilmeldung", "analyse", "kommentar", "interview", "exklusiv",
        "liveticker", "fotos", "bilder", "achtung", "hinweis",
    ]

    /// The paragraph without its dateline; the place (and a code in brackets) go into `metadata`.
    static func remove(_ paragraph: String, into metadata: inout ArticleMetadata) -> String {
        guard let (dash, after) = firstDash(in: paragraph) else { return paragraph }
        var prefix = paragraph[..<dash].trimmed
        var code: String?
        if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") {
            let inner = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]
            guard Codes.isCode(inner) else { return paragraph }
            code = String(inner)
            prefix = prefix[..<open].trimmed
        }
        let rest = paragraph[after...].trimmed
        guard isPlace(prefix), !kickers.contains(prefix.lowercased()), rest.utf8.count >= 20, startsStory(rest) else { return paragraph }
        metadata.dateline = prefix
        if let code { metadata.codes.insert(code, at: 0) }
        return rest
    }

    /// The first dash with spaces around it within the first 60 characters.
    static func firstDash(in text: String) -> (String.Index, String.Index)? {
        let head = text.prefix(60)
        let found = dashes.compactMap { head.utf8Range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        return found.map { ($0.lowerBound, $0.upperBound) }
    }

    /// Whether `text` reads like a place: one to four capitalised words ("St. Petersburg",
    /// "Frankfurt am Main", "Berlin/Moskau"), 40 characters at most.
    static func isPlace(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard text.utf8.count <= 60, (1...4).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        return words.allSatisfy { word in
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "/" || $0 == "-" || $0 == "," }) else { return false }
            return word.first?.isUppercase == true || placeParticles.contains(String(word))
        }
    }

    /// Whether the text after a dateline starts like a sentence (a capital, a digit or a quote).
    static func startsStory(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isUppercase || first.isNumber || "„\"“»'‚".contains(first)
    }
}
