/// Turns the story source's stories into the digest's story section.
public struct StorySectionBuilder: Sendable {
    /// Sentences per summary (2 or 3 reads best).
    public var summarySentences: Int

    public static let notConnectedNote = "Stories are not computed yet: story clustering is not connected to this digest."
    public static let noStoriesNote = "No stories in this period."

    public init(summarySentences: Int = 3) {
        self.summarySentences = summarySentences
    }

    /// The section for `stories`; `connected` false gives the not-connected note.
    public func section(_ stories: [StoryInput], connected: Bool) -> StorySection {
        guard connected else { return StorySection(note: Self.notConnectedNote) }
        guard !stories.isEmpty else { return StorySection(note: Self.noStoriesNote) }
        return StorySection(stories: stories.map(story))
    }

    func story(_ input: StoryInput) -> DigestStory {
        let lead = input.items.first
        let summary = ExtractiveSummary(maxSentences: summarySentences).summarise(lead?.cleanText ?? "")
        return DigestStory(
            id: input.id, title: input.title ?? lead?.link.title ?? "(untitled)", summary: summary,
            sources: input.items.map(\.link), entities: input.entities, quote: input.quote,
            syndicatedCopies: input.syndicatedCopies)
    }
}
