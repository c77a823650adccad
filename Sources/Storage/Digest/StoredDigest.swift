import Foundation

/// A rendered digest as the `digest` table keeps it: one per day, in every format.
public struct StoredDigest: Sendable, Hashable {
    /// "YYYY-MM-DD" in `timeZone`.
    public var day: String
    public var timeZone: String
    public var windowStart: Date
    public var windowEnd: Date
    public var generatedAt: Date
    public var json: String
    public var markdown: String
    public var html: String

    public init(day: String, timeZone: String, windowStart: Date, windowEnd: Date, generatedAt: Date, json: String, markdown: String, html: String) {
        self.day = day
        self.timeZone = timeZone
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.generatedAt = generatedAt
        self.json = json
        self.markdown = markdown
        self.html = html
    }
}
