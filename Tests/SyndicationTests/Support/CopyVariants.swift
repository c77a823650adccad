import Foundation

/// Copies built from an article the way syndication changes them: retitling, truncation, an added
/// teaser, boilerplate, a moved paragraph, small edits, and a longer updated version.
enum CopyVariants {
    enum Operation: CaseIterable {
        case truncate, teaser, boilerplate, moveParagraph, smallEdits, update, retitleOnly
    }

    /// The item with a copy label of its own when the gold standard gives it none.
    static func labelled(_ item: FixtureItem) -> FixtureItem {
        var item = item
        if item.copyLabel == "-" { item.copyLabel = "C-\(item.id)" }
        return item
    }

    /// Four copies of `item`: three with one operation each (chosen by `index`) and a new title
    /// prefix, and one with a rewritten title, a teaser, the last paragraph cut and small edits.
    static func variants(of item: FixtureItem, index: Int) -> [FixtureItem] {
        single(item, index: index) + [combined(item, index: index)]
    }

    static func combined(_ item: FixtureItem, index: Int) -> FixtureItem {
        let german = item.language == "de"
        var paragraphs = apply(.teaser, apply(.truncate, item.paragraphs, german: german, title: item.title), german: german, title: item.title)
        paragraphs = apply(.smallEdits, paragraphs, german: german, title: item.title)
        return FixtureItem(
            id: "\(item.id)~combined", feed: "https://copy3.example/feed", url: "https://amp.copy3.example/amp/articles/\(index)",
            title: (german ? "Eilmeldung: " : "Live: ") + item.title.split(separator: " ").reversed().joined(separator: " "),
            time: item.time.addingTimeInterval(95 * 60), language: item.language, text: paragraphs.joined(separator: "\n\n"),
            copyLabel: item.copyLabel, storyLabel: item.storyLabel, topic: item.topic)
    }

    static func single(_ item: FixtureItem, index: Int) -> [FixtureItem] {
        let operations = Operation.allCases
        return (0..<3).map { k in
            let operation = operations[(index * 3 + k) % operations.count]
            let german = item.language == "de"
            let prefix = [german ? "Liveticker: " : "Breaking: ", german ? "Update: " : "Update: ", ""][k]
            return FixtureItem(
                id: "\(item.id)~\(operation)", feed: "https://copy\(k).example/feed",
                url: "https://copy\(k).example/articles/\(index)?utm_source=rss", title: prefix + item.title,
                time: item.time.addingTimeInterval(Double(k + 1) * 17 * 60), language: item.language,
                text: apply(operation, item.paragraphs, german: german, title: item.title).joined(separator: "\n\n"),
                copyLabel: item.copyLabel, storyLabel: item.storyLabel, topic: item.topic)
        }
    }

    static func apply(_ operation: Operation, _ paragraphs: [String], german: Bool, title: String) -> [String] {
        switch operation {
        case .truncate: return paragraphs.count > 2 ? Array(paragraphs.dropLast()) : paragraphs
        case .teaser: return [german ? "Alle Entwicklungen im Überblick – laufend aktualisiert." : "Follow the latest developments as they happen."] + paragraphs
        case .boilerplate: return paragraphs + boilerplate(german)
        case .moveParagraph: return paragraphs.count > 2 ? [paragraphs[0]] + paragraphs.dropFirst(2) + [paragraphs[1]] : paragraphs
        case .smallEdits: return paragraphs.map(edit)
        case .update: return paragraphs + update(german, title: title)
        case .retitleOnly: return paragraphs
        }
    }

    static func boilerplate(_ german: Bool) -> [String] {
        german
            ? ["Lesen Sie auch: Die wichtigsten Nachrichten des Tages im Überblick.", "© 2026 Beispiel Medien GmbH. Alle Rechte vorbehalten. Weiterverbreitung nur mit Genehmigung."]
            : ["Read more: the day's top stories in one place.", "© 2026 Example Media Ltd. All rights reserved. Not for redistribution."]
    }

    /// Every 30th word dropped, one word per paragraph changed.
    static func edit(_ paragraph: String) -> String {
        let words = paragraph.split(separator: " ").enumerated().filter { $0.offset % 30 != 29 }.map { String($0.element) }
        return words.enumerated().map { $0.offset == 3 ? $0.element.uppercased() + "s" : $0.element }.joined(separator: " ")
    }

    /// A new paragraph with facts the original lacks (a longer, updated version).
    static func update(_ german: Bool, title: String) -> [String] {
        german
            ? ["Aktualisierung am Abend: Zu den Vorgängen um „\(title)“ liegen inzwischen weitere Angaben vor. Ein Sprecher kündigte für Montag eine Pressekonferenz an, bei der Einzelheiten zu den nächsten Schritten genannt werden sollen."]
            : ["Evening update: more details have emerged about \"\(title)\". A spokesperson said a press conference would be held on Monday to set out the next steps in detail."]
    }
}
