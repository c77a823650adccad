import FeedModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Candidate stories of an item")
struct OpenStoriesTests {
    /// The rule as one SQL statement (what `openStories` ran before it tallied per key in Swift):
    /// stories within the window sharing at least `min(2, keys)` keys, most keys first, then the
    /// most recently seen key, then the oldest story; at most `limit`.
    func reference(_ db: Database, keys: [String], from: Date, to: Date, limit: Int) throws -> [Int64] {
        let keys = Array(Set(keys))
        var arguments = StatementArguments(keys)
        arguments += [from, to, min(SyndicationReader.minimumSharedKeys, keys.count), limit]
        return try Int64.fetchAll(db, sql: """
            SELECT s.id FROM (
                SELECT story_id, COUNT(*) AS shared, MAX(last_seen) AS seen FROM story_key
                WHERE key IN (\(databaseQuestionMarks(count: keys.count))) AND last_seen >= ? AND last_seen <= ?
                GROUP BY story_id HAVING shared >= ?
            ) k JOIN story s ON s.id = k.story_id
            ORDER BY k.shared DESC, k.seen DESC, s.id LIMIT ?
            """, arguments: arguments)
    }

    @Test("the stories found are those of the rule, in its order, over random story keys and windows")
    func matchesTheRule() throws {
        var random = SeededRandom(seed: 20261129)
        let vocabulary = (0..<14).map { "key\($0)" }
        for round in 0..<60 {
            let store = try makeStore()
            try store.writer.write { db in
                let stories = Int.random(in: 1...25, using: &random)
                for id in 1...stories {
                    let seen = minutes(Double(Int.random(in: 0...600, using: &random)))
                    try db.execute(sql: """
                        INSERT INTO story (id, title, first_seen, last_seen, item_count, source_count)
                        VALUES (?, 't', ?, ?, 1, 1)
                        """, arguments: [id, minutes(0), seen])
                    for key in vocabulary where Int.random(in: 0..<3, using: &random) == 0 {
                        // Coarse times, so equal "seen" values (ties) happen.
                        let at = minutes(Double(Int.random(in: 0...12, using: &random) * 50))
                        try db.execute(sql: "INSERT INTO story_key (key, story_id, last_seen) VALUES (?, ?, ?)",
                                       arguments: [key, id, at])
                    }
                }
                for _ in 0..<10 {
                    let keys = (0..<Int.random(in: 1...8, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                    let time = minutes(Double(Int.random(in: 0...600, using: &random)))
                    let window = Double(Int.random(in: 0...400, using: &random)) * 60
                    let limit = Int.random(in: 1...10, using: &random)
                    let found = try SyndicationReader.openStories(around: time, window: window, keys: keys, limit: limit, db)
                    let expected = try reference(
                        db, keys: keys, from: time.addingTimeInterval(-window), to: time.addingTimeInterval(window), limit: limit)
                    #expect(found.map(\.storyID) == expected, "round \(round), keys \(keys)")
                    for candidate in found {
                        let lastSeen = try Date.fetchOne(db, sql: "SELECT last_seen FROM story WHERE id = ?", arguments: [candidate.storyID])
                        #expect(candidate.lastSeen == lastSeen)
                    }
                }
            }
        }
    }

    @Test("no keys, a zero limit, or keys outside the window find nothing")
    func nothing() throws {
        let store = try makeStore()
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO story (id, title, first_seen, last_seen, item_count, source_count) VALUES (1, 't', ?, ?, 1, 1)",
                           arguments: [minutes(0), minutes(0)])
            for key in ["a", "b"] {
                try db.execute(sql: "INSERT INTO story_key (key, story_id, last_seen) VALUES (?, 1, ?)", arguments: [key, minutes(0)])
            }
            #expect(try SyndicationReader.openStories(around: minutes(0), window: 60, keys: [], limit: 5, db).isEmpty)
            #expect(try SyndicationReader.openStories(around: minutes(0), window: 60, keys: ["a", "b"], limit: 0, db).isEmpty)
            #expect(try SyndicationReader.openStories(around: minutes(5), window: 60, keys: ["a", "b"], limit: 5, db).isEmpty)
            #expect(try SyndicationReader.openStories(around: minutes(1), window: 60, keys: ["a", "b"], limit: 5, db).map(\.storyID) == [1])
            // One shared key is enough only for an item with one key.
            #expect(try SyndicationReader.openStories(around: minutes(0), window: 60, keys: ["a", "z"], limit: 5, db).isEmpty)
            #expect(try SyndicationReader.openStories(around: minutes(0), window: 60, keys: ["a", "a"], limit: 5, db).map(\.storyID) == [1])
        }
    }
}
