import Foundation
import FeedModel
import GRDB

/// Run logs: one `run` row per ingest run or daemon cycle, one `fetch` row per feed fetch.
extension Store {
    /// Opens a run record (status `running`) and returns its id.
    public func startRun(kind: String, at: Date) throws -> Int64 {
        try write("startRun", "run kind \(kind)") { db in
            try db.execute(sql: "INSERT INTO run (kind, started_at, status) VALUES (?, ?, 'running')",
                           arguments: [kind, at])
            return db.lastInsertedRowID
        }
    }

    /// Closes a run record with its totals and status (matched by `run.id`).
    public func finishRun(_ run: RunRecord) throws {
        try write("finishRun", "run \(run.id)") { db in
            try db.execute(sql: """
                UPDATE run SET finished_at = ?, feeds_ok = ?, feeds_failed = ?, items_new = ?,
                               items_updated = ?, status = ?
                WHERE id = ?
                """, arguments: [run.finishedAt, run.feedsOK, run.feedsFailed, run.itemsNew,
                                 run.itemsUpdated, run.status.rawValue, run.id])
            guard db.changesCount > 0 else {
                throw StoreError(code: .notFound, message: "no such run; open runs with startRun first")
            }
        }
    }

    /// Marks runs still `running` (their process died) as `failed`, finished at `at`. Call at startup
    /// of a process that owns the database; returns how many were closed.
    @discardableResult
    public func closeAbandonedRuns(at: Date) throws -> Int {
        try write("closeAbandonedRuns") { db in
            try db.execute(sql: "UPDATE run SET status = 'failed', finished_at = ? WHERE status = 'running'",
                           arguments: [at])
            return db.changesCount
        }
    }

    /// The last `last` runs, newest first.
    public func runs(last: Int) throws -> [RunRecord] {
        try read("runs") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY started_at DESC, id DESC LIMIT ?",
                             arguments: [max(0, last)]).map(RowDecoding.runRecord)
        }
    }

    /// One run by id, or nil.
    public func run(id: Int64) throws -> RunRecord? {
        try read("run", "run \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id])
                .map(RowDecoding.runRecord)
        }
    }

    /// The fetches of one run, in the order they started.
    public func fetches(runID: Int64) throws -> [FetchRecord] {
        try read("fetches", "run \(runID)") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM fetch WHERE run_id = ? ORDER BY started_at, id",
                             arguments: [runID]).map(RowDecoding.fetchRecord)
        }
    }

    /// The most recent fetch of one feed, or nil when it was never fetched.
    public func lastFetch(feedID: Int64) throws -> FetchRecord? {
        try read("lastFetch", "feed id \(feedID)") { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM fetch WHERE feed_id = ? ORDER BY started_at DESC, id DESC LIMIT 1
                """, arguments: [feedID]).map(RowDecoding.fetchRecord)
        }
    }

    /// Inserts a fetch record with the given item counts (inside the caller's transaction).
    func insertFetch(_ record: FetchRecord, counts: StoreCounts, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO fetch (run_id, feed_id, started_at, outcome, http_status, bytes, duration,
                               items_seen, items_new, items_updated, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                record.runID, record.feedID, record.startedAt, record.outcome.rawValue,
                record.httpStatus, record.bytes, record.duration, counts.seen, counts.new,
                counts.updated, record.error,
            ])
    }
}
