import Digest
import FeedModel
import Foundation
import Storage

/// The digest's stories, read from the stored syndication groups and story clusters.
struct StoreStories: StoryDigestSource {
    let store: Store

    var isConnected: Bool { true }

    /// Distinct items per story whose analyses feed its summary, entities and quote.
    static let analysedLimit = 200

    func storyCount(in window: DateInterval) throws -> Int {
        try store.storyCount(from: window.start, to: window.end)
    }

    func syndicatedCopies(in window: DateInterval) throws -> Int {
        try store.syndicatedCopyCount(from: window.start, to: window.end)
    }

    func topStories(in window: DateInterval, limit: Int) throws -> [StoryInput] {
        let feedTitles = Dictionary(try store.feeds().map { ($0.url, $0.title) }, uniquingKeysWith: { a, _ in a })
        return try store.stories(from: window.start, to: window.end, limit: limit).map { story in
            try input(story, feedTitles: feedTitles)
        }
    }

    /// One story: its distinct items (a copy group counts once, its canonical copy stands for it),
    /// the lead first; entities most mentioned first; the first direct quote with a speaker.
    private func input(_ story: StorySummary, feedTitles: [String: String?]) throws -> StoryInput {
        var seenGroups: Set<Int64> = []
        var items: [StoryItemInput] = []
        var entityCounts: [String: Int] = [:]
        var quote: DigestQuote?
        var copies = 0
        for item in story.items {
            if let group = item.groupID, !seenGroups.insert(group).inserted {
                copies += 1
                continue
            }
            // Summary, entities and quote come from the lead and the first `analysedLimit` sources:
            // a story of thousands of items would otherwise load every analysis for one paragraph.
            let analysis = items.count < Self.analysedLimit ? try store.analysis(itemID: item.itemID) : nil
            let feedTitle = feedTitles[item.feedURL] ?? nil
            let link = StorySourceLink(title: item.title, feedTitle: feedTitle, url: item.url, publishedAt: item.time)
            items.append(StoryItemInput(link: link, cleanText: analysis?.cleanText ?? ""))
            for entity in analysis?.entities ?? [] { entityCounts[entity.name, default: 0] += entity.count }
            if quote == nil, let q = analysis?.quotes.first(where: { $0.direct && $0.speaker != nil }) {
                quote = DigestQuote(
                    text: q.text, speaker: q.speaker, itemTitle: item.title, url: item.url, feedTitle: feedTitle,
                    publishedAt: item.time)
            }
        }
        let entities = entityCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map(\.key)
        return StoryInput(
            id: String(story.id), title: story.title, items: items, entities: Array(entities), quote: quote,
            syndicatedCopies: copies)
    }
}
