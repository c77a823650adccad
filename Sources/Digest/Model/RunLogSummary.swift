/// What the ingest runs of the window did, in a few numbers.
public struct RunLogSummary: Sendable, Hashable, Codable {
    public var runs: Int
    public var runsOK: Int
    public var runsPartial: Int
    public var runsFailed: Int
    public var fetches: Int
    public var fetchErrors: Int
    public var bytes: Int

    /// `runsOK` as `runs_ok` through snake-case conversion in both directions.
    enum CodingKeys: String, CodingKey {
        case runs, runsPartial, runsFailed, fetches, fetchErrors, bytes
        case runsOK = "runsOk"
    }

    public init(runs: Int = 0, runsOK: Int = 0, runsPartial: Int = 0, runsFailed: Int = 0, fetches: Int = 0, fetchErrors: Int = 0, bytes: Int = 0) {
        self.runs = runs
        self.runsOK = runsOK
        self.runsPartial = runsPartial
        self.runsFailed = runsFailed
        self.fetches = fetches
        self.fetchErrors = fetchErrors
        self.bytes = bytes
    }
}
