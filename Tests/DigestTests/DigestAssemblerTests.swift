import Foundation
import Testing
@testable import Digest

/// A story source as the integrator will provide it, with fixed answers.
struct FixedStories: StoryDigestSource {
    var stories: [StoryInput]
    var isConnected: Bool { true }
    func topStories(in window: DateInterval, limit: Int) throws -> [StoryInput] { Array(stories.prefix(limit)) }
    func storyCount(in window: DateInterval) throws -> Int { 12 }
    func syndicatedCopies(in window: DateInterval) throws -> Int { 34 }
}

@Suite("Digest assembly")
struct DigestAssemblerTests {
    let window = DateInterval(start: SampleDigest.start, duration: 86400)

    func assemble(_ stories: any StoryDigestSource) throws -> DailyDigest {
        try DigestAssembler().assemble(
            date: "2026-11-28", timeZone: TimeZone(identifier: "Europe/Berlin")!, window: window, generatedAt: window.end,
            facts: DigestFacts(numbers: DigestNumbers(items: 5, newItems: 5), itemsPerHour: Array(repeating: 0, count: 24)),
            stories: stories)
    }

    @Test("without stories: counts are 0 and the section says why")
    func noStories() throws {
        let digest = try assemble(NoStories())
        #expect(digest.numbers.stories == 0 && digest.numbers.syndicatedCopies == 0)
        #expect(digest.stories.stories.isEmpty && digest.stories.note == StorySectionBuilder.notConnectedNote)
    }

    @Test("a connected source fills stories, their summaries and the counts")
    func connected() throws {
        let lead = StoryItemInput(
            link: StorySourceLink(title: "Merz in Peking", feedTitle: "Tagesblatt", url: "https://t.example/1", publishedAt: window.start),
            cleanText: ExtractiveSummaryTests.article)
        let digest = try assemble(FixedStories(stories: [
            StoryInput(id: "s1", title: nil, items: [lead], entities: ["Friedrich Merz"], quote: nil, syndicatedCopies: 3)
        ]))
        #expect(digest.numbers.stories == 12 && digest.numbers.syndicatedCopies == 34)
        let story = try #require(digest.stories.stories.first)
        #expect(story.title == "Merz in Peking" && story.summary.count == 3 && story.syndicatedCopies == 3)
        #expect(DigestFormat.markdown.render(digest).contains("Merz in Peking"))
    }
}
