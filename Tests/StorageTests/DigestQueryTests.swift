import FeedModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Digest queries")
struct DigestQueryTests {
    let day = DateInterval(start: t0, duration: 86400)
    var baseline: [DateInterval] { (1...7).reversed().map { DateInterval(start: t0.addingTimeInterval(-Double($0) * 86400), duration: 86400) } }

    func analysed(_ key: String, language: String = "de", entities: [String], quote: String? = nil) -> ItemDraft {
        var d = draft(key)
        d.analysis = ItemAnalysis(
            pipelineVersion: 1, language: language, languageConfidence: 0.9, cleanText: "Text \(key).",
            keyphrases: [KeyphraseRecord(key: "seidenstrass", phrase: "Seidenstraße", score: 1)],
            entities: entities.map { EntityRecord(canonicalKey: "PER:\($0)", name: $0.capitalized, kind: "PER", count: 2, firstOffset: 0) },
            quotes: quote.map { [QuoteRecord(text: $0, start: 0, end: $0.count, direct: true, speaker: "Xi Jinping")] } ?? [])
        return d
    }

    @Test("counts, hours, entities with baseline, quotes, keyphrases and languages of a window")
    func window() throws {
        let store = try makeStore()
        try store.commit([analysed("old1", entities: ["xi"]), analysed("old2", entities: ["xi", "scholz"])], at: t0.addingTimeInterval(-86400 + 60))
        try store.commit([
            analysed("a", entities: ["lukaschenko", "xi"], quote: "Wir wollen die Zusammenarbeit in vielen Bereichen vertiefen."),
            analysed("b", language: "en", entities: ["lukaschenko"]),
        ], at: t0.addingTimeInterval(3600 * 2 + 5))
        try store.commit([draft("c")], at: t0.addingTimeInterval(3600 * 5))
        let rows = try store.digestRows(start: day.start, end: day.end, baselineDays: baseline)
        #expect(rows.newItems == 3 && rows.updatedItems == 0 && rows.feedsOK == 1)
        #expect(rows.itemsPerHour.count == 24 && rows.itemsPerHour[2] == 2 && rows.itemsPerHour[5] == 1)
        #expect(rows.entities.map(\.entity.canonicalKey) == ["PER:lukaschenko", "PER:xi", "PER:scholz"])
        #expect(rows.entities[1].baseline == [0, 0, 0, 0, 0, 0, 2] && rows.entities[1].entity.items == 1)
        #expect(rows.entities[2].entity.items == 0)
        #expect(rows.quotes.map(\.speaker) == ["Xi Jinping"])
        #expect(rows.keyphrases == [DigestRows.Tally(label: "Seidenstraße", items: 2)])
        #expect(Set(rows.languages) == [.init(label: "de", items: 1), .init(label: "en", items: 1), .init(label: "und", items: 1)])
        #expect(rows.runs.runs == 2 && rows.runs.fetches == 2)
        let top = try store.topEntities(from: day.start, to: .distantFuture, limit: 5)
        #expect(top.map(\.canonicalKey) == ["PER:lukaschenko", "PER:xi"] && top[0].items == 2 && top[0].mentions == 4)
        #expect(top.map(\.canonicalKey) == (try store.topEntities(since: day.start, limit: 5)).map(\.canonicalKey))
    }

    @Test("the id-range and the subquery filters agree")
    func spans() throws {
        let store = try makeStore()
        try store.commit([analysed("a", entities: ["xi"])], at: t0.addingTimeInterval(100))
        try store.commit([analysed("late", entities: ["xi"])], at: t0.addingTimeInterval(-100))
        try store.commit([analysed("b", entities: ["xi"])], at: t0.addingTimeInterval(200))
        try store.writer.read { db in
            let span = try ItemSpan(db, start: day.start, end: day.end)
            #expect(span.count == 2 && span.idRange == nil)
            let reader = try DigestReader(db: db, start: day.start, end: day.end)
            #expect(try reader.entityCounts(span).values.map(\.items) == [2])
        }
    }

    @Test("failing feeds say since when; a stored digest is replaced, not duplicated")
    func healthAndStorage() throws {
        let store = try makeStore(feeds: ["https://ok.example/f", "https://bad.example/f"])
        var bad = try #require(try store.feed(url: "https://bad.example/f"))
        (bad.errorCount, bad.lastError, bad.lastOutcome) = (1, "HTTP 503", .httpError)
        let run = try store.startRun(kind: "ingest", at: t0)
        _ = try store.commitFetch(
            feed: bad, record: FetchRecord(runID: run, feedID: bad.id, startedAt: t0, outcome: .httpError, httpStatus: 503, error: "HTTP 503"),
            items: [], at: t0)
        let rows = try store.digestRows(start: day.start, end: day.end, baselineDays: baseline)
        let problem = try #require(rows.feedProblems.first)
        #expect(problem.url == "https://bad.example/f" && problem.since == t0 && problem.enabled)
        let digest = StoredDigest(day: "2027-01-15", timeZone: "UTC", windowStart: day.start, windowEnd: day.end, generatedAt: t0, json: "{}", markdown: "# 1", html: "<p>1</p>")
        try store.saveDigest(digest)
        var second = digest
        second.markdown = "# 2"
        try store.saveDigest(second)
        #expect(try store.digestCount() == 1 && store.storedDigest(day: "2027-01-15")?.markdown == "# 2")
    }

    @Test("the reporting views answer")
    func views() throws {
        let store = try makeStore()
        try store.commit([analysed("a", entities: ["xi"])], at: t0)
        let rows = try store.writer.read { try Row.fetchAll($0, sql: "SELECT day, name, items FROM v_entities_by_day") }
        #expect(rows.count == 1 && rows[0]["name"] == "Xi" && rows[0]["items"] == 1)
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM v_digests") } == 0)
    }
}
