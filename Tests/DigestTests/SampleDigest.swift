import Foundation
@testable import Digest

/// A digest with every section filled, the strings supplied by the caller (plain or hostile).
enum SampleDigest {
    static let start = Date(timeIntervalSince1970: 1_795_820_400)  // 2026-11-28 00:00 Europe/Berlin

    static func make(text: (String) -> String = { $0 }, url: String = "https://example.org/a") -> DailyDigest {
        let quote = DigestQuote(text: text("Wir wollen die Zusammenarbeit vertiefen"), speaker: text("Xi Jinping"),
                                itemTitle: text("Staatsbesuch in Peking"), url: url, feedTitle: text("Tagesblatt"), publishedAt: start.addingTimeInterval(3600 * 9))
        let story = DigestStory(
            id: "s1", title: text("Lukaschenko in China"), summary: [text("Peking empfängt den Gast."), text("Es geht um Handel.")],
            sources: [StorySourceLink(title: text("Staatsbesuch in Peking"), feedTitle: text("Tagesblatt"), url: url, publishedAt: start.addingTimeInterval(3600 * 8))],
            entities: [text("Alexander Lukaschenko")], quote: quote, syndicatedCopies: 4)
        return DailyDigest(
            date: "2026-11-28", timeZone: "Europe/Berlin", windowStart: start, windowEnd: start.addingTimeInterval(86400),
            generatedAt: start.addingTimeInterval(86400 + 6 * 3600),
            numbers: DigestNumbers(items: 1234, newItems: 1200, updatedItems: 34, syndicatedCopies: 77, stories: 55, feedsOK: 41, feedsFailing: 3, feedsDisabled: 2),
            stories: StorySection(stories: [story]),
            trending: [TrendingEntity(key: "PER:lukaschenko", name: text("Alexander Lukaschenko"), kind: "PER", today: 42, baseline: [1, 0, 2, 1, 0, 3, 1], baselineMean: 1.14, score: 27.77, direction: .rising)],
            topEntities: [EntityTally(key: "LOC:china", name: text("Volksrepublik China"), kind: "LOC", items: 311, mentions: 902)],
            quotes: [quote], keyphrases: [PhraseTally(phrase: text("Neue Seidenstraße"), items: 19)],
            languages: [LanguageTally(language: "de", items: 1001), LanguageTally(language: "en", items: 199)],
            itemsPerHour: (0..<24).map { ($0 * 7) % 23 + 20 },
            feedHealth: [FeedHealthLine(url: url, title: text("Kaputter Feed"), state: .failing, reason: text("HTTP 503 Service Unavailable"), since: start.addingTimeInterval(-86400), errorCount: 9)],
            runLog: RunLogSummary(runs: 96, runsOK: 90, runsPartial: 5, runsFailed: 1, fetches: 4321, fetchErrors: 17, bytes: 123_456_789))
    }
}
