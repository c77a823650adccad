import Foundation
import Testing
@testable import Digest

@Suite("Digest rendering")
struct DigestRenderingTests {
    /// Every fact of the sample, as the renderers print it.
    static func facts(_ d: DailyDigest) -> [String] {
        var facts = [d.date] + DigestText.numbers(d.numbers).map { "\($0.1)" }
        facts += d.stories.stories.flatMap { [$0.title, "\($0.syndicatedCopies)"] + $0.summary + $0.entities }
        facts += d.trending.flatMap { [$0.name, "\($0.today)", "\($0.score)", "\($0.baselineMean)"] }
        facts += d.topEntities.flatMap { [$0.name, "\($0.items)", "\($0.mentions)"] }
        facts += d.quotes.flatMap { [$0.text, $0.speaker ?? ""] }
        facts += d.keyphrases.flatMap { [$0.phrase, "\($0.items)"] } + d.languages.flatMap { [$0.language, "\($0.items)"] }
        facts += d.feedHealth.flatMap { [$0.url, $0.reason ?? "", "\($0.errorCount)"] }
        facts += ["\(d.runLog.runs)", "\(d.runLog.fetches)", "\(d.runLog.fetchErrors)", d.itemsPerHour.map(String.init).joined(separator: " ")]
        return facts
    }

    @Test("Markdown, HTML and JSON carry the same facts")
    func sameFacts() throws {
        let digest = SampleDigest.make()
        let markdown = DigestFormat.markdown.render(digest)
        let html = DigestFormat.html.render(digest)
        let json = DigestFormat.json.render(digest)
        #expect(try JSONRenderer.decode(json) == digest)
        let hours = digest.itemsPerHour.map(String.init).joined(separator: " ")
        for (hour, count) in digest.itemsPerHour.enumerated() {
            #expect(html.contains(String(format: "<title>%02d:00 %d</title>", hour, count)), "HTML lacks hour \(hour)")
        }
        for fact in Self.facts(digest) {
            #expect(markdown.contains(MarkdownRenderer.escape(fact)), "Markdown lacks \(fact)")
            #expect(html.contains(HTMLEscape.text(fact)) || fact == hours, "HTML lacks \(fact)")
            // The hour counts are a pretty-printed array in JSON; the decoded equality above covers them.
            #expect(json.contains(fact) || fact == hours, "JSON lacks \(fact)")
        }
    }

    @Test("an empty story section says why", arguments: [false, true])
    func storyNote(connected: Bool) {
        let section = StorySectionBuilder().section([], connected: connected)
        #expect(section.stories.isEmpty)
        #expect(section.note == (connected ? StorySectionBuilder.noStoriesNote : StorySectionBuilder.notConnectedNote))
        var digest = SampleDigest.make()
        digest.stories = section
        #expect(DigestFormat.html.render(digest).contains(section.note!))
        #expect(DigestFormat.markdown.render(digest).contains(section.note!))
    }

    @Test("JSON uses snake_case keys documented in docs/digest-schema.md")
    func jsonKeys() throws {
        let json = DigestFormat.json.render(SampleDigest.make())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["date", "time_zone", "window_start", "window_end", "generated_at", "numbers", "stories", "trending",
                                     "top_entities", "quotes", "keyphrases", "languages", "items_per_hour", "feed_health", "run_log"])
        let numbers = try #require(object["numbers"] as? [String: Int])
        #expect(numbers["syndicated_copies"] == 77 && numbers["feeds_ok"] == 41)
    }
}

@Suite("Digest sources and times")
struct DigestSourcesTests {
    @Test("a story with many sources lists the first ones in Markdown and HTML, all of them in JSON")
    func manySources() throws {
        var digest = SampleDigest.make()
        var story = try #require(digest.stories.stories.first)
        story.sources = (0..<40).map {
            StorySourceLink(title: "Quelle \($0)", feedTitle: "Blatt \($0)", url: "https://example.org/\($0)",
                            publishedAt: SampleDigest.start.addingTimeInterval(Double($0) * 60))
        }
        digest.stories = StorySection(stories: [story])
        let markdown = MarkdownRenderer().render(digest)
        #expect(markdown.contains("Quelle 11") && !markdown.contains("Quelle 12"))
        #expect(markdown.contains("… and 28 more sources"))
        let html = HTMLRenderer().render(digest)
        #expect(html.contains("… and 28 more sources") && !html.contains("Quelle 12<"))
        #expect(JSONRenderer().render(digest).contains("Quelle 39"))
    }

    @Test("source times: clock time inside the digest's day, date and time outside, in its time zone")
    func times() {
        let digest = SampleDigest.make()
        #expect(DigestText.time(SampleDigest.start.addingTimeInterval(8 * 3600 + 5 * 60), in: digest) == "08:05")
        #expect(DigestText.time(SampleDigest.start.addingTimeInterval(-60), in: digest) == "2026-11-27 23:59")
        #expect(DigestText.time(nil, in: digest) == "")
    }
}
