import Foundation
import FeedModel
import Testing
@testable import Storage

@Suite("Run logs")
struct RunStoreTests {
    @Test("runs and fetches round-trip, newest run first")
    func roundTrip() throws {
        let store = try makeStore(feeds: ["https://a.example/", "https://b.example/"])
        let feeds = try store.feeds()
        let first = try store.startRun(kind: "ingest", at: minutes(0))
        let second = try store.startRun(kind: "daemon", at: minutes(10))
        let records = [
            FetchRecord(runID: second, feedID: feeds[0].id, startedAt: minutes(10), outcome: .notModified, httpStatus: 304,
                        bytes: 0, duration: 0.1),
            FetchRecord(runID: second, feedID: feeds[1].id, startedAt: minutes(11), outcome: .httpError, httpStatus: 500,
                        bytes: 12, duration: 1.5, error: "HTTP 500 Internal Server Error"),
        ]
        for (feed, record) in zip(feeds, records) {
            try store.commitFetch(feed: feed, record: record, items: [], at: record.startedAt)
        }
        let finished = RunRecord(id: second, kind: "daemon", startedAt: minutes(10), finishedAt: minutes(12),
                                 feedsOK: 1, feedsFailed: 1, itemsNew: 0, itemsUpdated: 0, status: .partial)
        try store.finishRun(finished)

        let runs = try store.runs(last: 10)
        #expect(runs == [finished, RunRecord(id: first, kind: "ingest", startedAt: minutes(0))])
        #expect(try store.runs(last: 1) == [finished])
        #expect(try store.run(id: second) == finished)
        #expect(try store.fetches(runID: second) == records)
        #expect(try store.fetches(runID: first).isEmpty)
    }

    @Test("finishing an unknown run fails; abandoned runs are closed as failed")
    func unknownAndAbandoned() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.finishRun(RunRecord(id: 77, kind: "ingest", startedAt: t0, status: .ok))
        }
        #expect(error?.code == .notFound)
        let id = try store.startRun(kind: "daemon", at: t0)
        #expect(try store.closeAbandonedRuns(at: minutes(5)) == 1)
        let run = try #require(try store.run(id: id))
        #expect(run.status == .failed && run.finishedAt == minutes(5))
    }
}
