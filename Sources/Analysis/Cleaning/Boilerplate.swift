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
        prefixes.contains { paragraph.hasPrefix($0) } && paragraph.utf8.count <= 200
    }
}
