import Testing
@testable import Digest

@Suite("Trending entities")
struct TrendRankerTests {
    func series(_ name: String, today: Int, _ baseline: [Int], kind: String = "PER") -> EntitySeries {
        EntitySeries(entity: EntityTally(key: "\(kind):\(name)", name: name, kind: kind, items: today, mentions: today), baseline: baseline)
    }

    @Test("rising, new and falling against the 7-day baseline; steady ones are left out")
    func directions() {
        let ranked = TrendRanker(limit: 8).rank([
            series("riser", today: 40, [10, 12, 9, 11, 10, 8, 10]),
            series("newcomer", today: 6, [0, 0, 0, 0, 0, 0, 0]),
            series("steady", today: 10, [10, 11, 9, 10, 10, 12, 9]),
            series("faller", today: 0, [20, 22, 19, 21, 20, 18, 20]),
            series("noise", today: 2, [0, 0, 0, 0, 0, 0, 0]),
            series("misc", today: 50, [0, 0, 0, 0, 0, 0, 0], kind: "MISC"),
        ])
        #expect(ranked.map(\.name) == ["riser", "newcomer", "faller"])
        #expect(ranked.map(\.direction) == [.rising, .new, .falling])
    }

    @Test("the score is finite at zero baseline and damps small counts")
    func zeroRobust() {
        #expect(TrendRanker.score(today: 3, baseline: Array(repeating: 0, count: 7)) == 3)
        #expect(TrendRanker.score(today: 60, baseline: Array(repeating: 20, count: 7)) > TrendRanker.score(today: 2, baseline: Array(repeating: 0, count: 7)))
    }
}
