import Foundation

/// A feed that needs attention: failing or disabled, why, and since when.
public struct FeedHealthLine: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        case failing, disabled
    }

    public var url: String
    public var title: String?
    public var state: State
    /// The disabled reason, or the last error.
    public var reason: String?
    /// First failed fetch after the last success (failing), or nil when unknown.
    public var since: Date?
    public var errorCount: Int

    public init(url: String, title: String?, state: State, reason: String?, since: Date?, errorCount: Int) {
        self.url = url
        self.title = title
        self.state = state
        self.reason = reason
        self.since = since
        self.errorCount = errorCount
    }
}
