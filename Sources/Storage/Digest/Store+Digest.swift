import FeedModel
import Foundation
import GRDB

/// The digest's read-only queries and the stored digests.
extension Store {
    /// Everything the digest of [start, end) needs, read from one snapshot; entity trends are
    /// counted on each of `baselineDays`.
    public func digestRows(start: Date, end: Date, baselineDays: [DateInterval], limits: DigestLimits = DigestLimits()) throws -> DigestRows {
        try read("digestRows", "\(start) – \(end)") { db in
            try DigestReader(db: db, start: start, end: end).rows(baselineDays: baselineDays, limits: limits)
        }
    }

    /// Stores the rendered digest of `day`, replacing an earlier one of the same day.
    public func saveDigest(_ digest: StoredDigest) throws {
        try write("saveDigest", "day \(digest.day)") { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO digest (day, time_zone, window_start, window_end, generated_at, json, markdown, html)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [digest.day, digest.timeZone, digest.windowStart, digest.windowEnd, digest.generatedAt,
                                 digest.json, digest.markdown, digest.html])
        }
    }

    /// The stored digest of `day`, nil when there is none.
    public func storedDigest(day: String) throws -> StoredDigest? {
        try read("storedDigest", "day \(day)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM digest WHERE day = ?", arguments: [day]).map {
                StoredDigest(
                    day: $0["day"], timeZone: $0["time_zone"], windowStart: $0["window_start"], windowEnd: $0["window_end"],
                    generatedAt: $0["generated_at"], json: $0["json"], markdown: $0["markdown"], html: $0["html"])
            }
        }
    }

    /// How many digests are stored.
    public func digestCount() throws -> Int {
        try read("digestCount") { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM digest") ?? 0 }
    }
}

extension Store {
    /// The most mentioned entities among items first seen in [start, end) (by items, then mentions),
    /// counted over the mention primary key when the window's items are an id range: the fast
    /// path behind `wirewatch entities --since`.
    public func topEntities(from start: Date, to end: Date, kind: String? = nil, limit: Int) throws -> [EntityCount] {
        try read("topEntities(from:to:)") { db in
            let reader = try DigestReader(db: db, start: start, end: end)
            var counts = try reader.entityCounts(reader.span)
            if let kind {
                let ids = Set(try Int64.fetchAll(db, sql: "SELECT id FROM entity WHERE kind = ?", arguments: [kind]))
                counts = counts.filter { ids.contains($0.key) }
            }
            let ids = DigestReader.top(counts, limit)
            let names = try reader.entityNames(ids)
            return ids.compactMap { id in
                names[id].map { var e = $0; (e.items, e.mentions) = (counts[id]?.items ?? 0, counts[id]?.mentions ?? 0); return e }
            }
        }
    }
}
