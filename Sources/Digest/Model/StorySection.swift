/// The digest's top stories, or a note saying why there are none.
public struct StorySection: Sendable, Hashable, Codable {
    public var stories: [DigestStory]
    /// Shown instead of stories when the list is empty (e.g. story clustering is not connected).
    public var note: String?

    public init(stories: [DigestStory] = [], note: String? = nil) {
        self.stories = stories
        self.note = note
    }
}
