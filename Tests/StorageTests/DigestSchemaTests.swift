import Foundation
import GRDB
import Testing
@testable import Storage

@Suite("Digest schema (v5)")
struct DigestSchemaTests {
    @Test("v5-digest upgrades a v3 database that holds items, whatever migrations come after v3")
    func upgradesFromV3() throws {
        let queue = try DatabaseQueue(configuration: Store.configuration())
        try Migrations.migrator.migrate(queue, upTo: "v3-analysis")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO feed (url, created_at) VALUES ('https://a.example/f', '2026-11-28 00:00:00.000')")
            try db.execute(sql: """
                INSERT INTO item (feed_id, identity_key, first_seen_at, last_changed_at, content_hash)
                VALUES (1, 'k', '2026-11-28 10:00:00.000', '2026-11-28 10:00:00.000', 'h')
                """)
        }
        let store = try Store(writer: queue, path: ":memory:")
        let names = try store.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        for name in ["digest", "v_entities_by_day", "v_digests", "item_last_changed"] {
            #expect(names.contains(name), "missing \(name)")
        }
        #expect(Migrations.migrator.migrations.contains("v5-digest"))
        let day = DateInterval(start: Date(timeIntervalSince1970: 1_795_824_000), duration: 86400)  // 2026-11-28 UTC
        #expect(try store.digestRows(start: day.start, end: day.end, baselineDays: []).newItems == 1)
    }
}
