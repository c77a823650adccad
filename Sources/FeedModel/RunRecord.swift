import Foundation

/// One ingest run or daemon cycle.
public struct RunRecord: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Still going (or the process died before finishing it).
        case running
        /// Every feed succeeded.
        case ok
        /// Some feeds failed.
        case partial
        /// Every feed failed, or the run itself could not complete.
        case failed
    }

    public var id: Int64
    /// "ingest" or "daemon".
    public var kind: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var feedsOK: Int
    public var feedsFailed: Int
    public var itemsNew: Int
    public var itemsUpdated: Int
    public var status: Status

    public init(
        id: Int64, kind: String, startedAt: Date, finishedAt: Date? = nil, feedsOK: Int = 0,
        feedsFailed: Int = 0, itemsNew: Int = 0, itemsUpdated: Int = 0, status: Status = .running
    ) {
        self.id = id
        self.kind = kind
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.feedsOK = feedsOK
        self.feedsFailed = feedsFailed
        self.itemsNew = itemsNew
        self.itemsUpdated = itemsUpdated
        self.status = status
    }
}

/// One fetch of one feed within a run: the run log's detail line.
public struct FetchRecord: Sendable, Hashable, Codable {
    public var runID: Int64
    public var feedID: Int64
    public var startedAt: Date
    public var outcome: FetchOutcome
    public var httpStatus: Int?
    public var bytes: Int
    /// Seconds.
    public var duration: Double
    public var itemsSeen: Int
    public var itemsNew: Int
    public var itemsUpdated: Int
    public var error: String?

    public init(
        runID: Int64, feedID: Int64, startedAt: Date, outcome: FetchOutcome, httpStatus: Int? = nil,
        bytes: Int = 0, duration: Double = 0, itemsSeen: Int = 0, itemsNew: Int = 0,
        itemsUpdated: Int = 0, error: String? = nil
    ) {
        self.runID = runID
        self.feedID = feedID
        self.startedAt = startedAt
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.bytes = bytes
        self.duration = duration
        self.itemsSeen = itemsSeen
        self.itemsNew = itemsNew
        self.itemsUpdated = itemsUpdated
        self.error = error
    }
}
