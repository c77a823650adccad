import Foundation

/// Where the digest gets stories and syndication counts from.
///
/// Story clustering and syndication groups (issue 8) live outside this module. The integrator
/// connects them by conforming a Storage-backed type to this protocol in the CLI and passing it
/// to `DigestAssembler`; until then `NoStories` keeps the section empty and the counts at 0.
public protocol StoryDigestSource: Sendable {
    /// Whether stories are computed at all (false: the digest says so instead of listing none).
    var isConnected: Bool { get }
    /// The window's biggest stories, biggest first, at most `limit`.
    func topStories(in window: DateInterval, limit: Int) throws -> [StoryInput]
    /// Stories with at least one item first seen in the window.
    func storyCount(in window: DateInterval) throws -> Int
    /// Items first seen in the window that are syndicated copies of another item.
    func syndicatedCopies(in window: DateInterval) throws -> Int
}

/// The source used until stories exist: nothing, and says so.
public struct NoStories: StoryDigestSource {
    public init() {}
    public var isConnected: Bool { false }
    public func topStories(in window: DateInterval, limit: Int) throws -> [StoryInput] { [] }
    public func storyCount(in window: DateInterval) throws -> Int { 0 }
    public func syndicatedCopies(in window: DateInterval) throws -> Int { 0 }
}
