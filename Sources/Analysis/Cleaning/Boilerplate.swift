/// Paragraphs that are not part of the story: read-more links, ads, share and copyright lines.
enum Boilerplate {
    static let prefixes = [
        "Lesen Sie auch", "Lesen Sie mehr", "Mehr zum Thema", "Auch interessant", "Weiterlesen",
        "Weitere Artikel", "Zum Thema:", "Mehr lesen", "Das könnte Sie auch interessieren",
        "Empfohlener redaktioneller Inhalt", "Anzeige", "Werbung", "Teilen", "Alle Rechte vorbehalten",
        "Melden Sie sich", "Newsletter", "Hier geht es zu", "Read more", "Read also", "Also read",
        "Related:", "Related articles", "Advertisement", "Share this", "Sign up", "Subscribe",
        "Follow us", "All rights reserved", "Copyright ", "Click here",
    ]

    /// Whether the paragraph is short furniture that starts with a known phrase.
    static func isBoilerplate(_ paragraph: String) -> Bool {
        paragraph.utf8.count <= 200 && prefixes.contains { Prefix.hasPrefix(paragraph, $0) }
    }
}

/// `hasPrefix` with a byte comparison first: for a prefix of ASCII other than "K" (the Kelvin
/// sign is canonically equal to it; likewise ";" and "`"), a text whose UTF-8 does not start with the prefix's bytes
/// cannot start with its characters, so only byte matches need the character comparison.
enum Prefix {
    @inline(__always)
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        if prefix.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }), !text.utf8.starts(with: prefix.utf8) { return false }
        return text.hasPrefix(prefix)
    }
}
