import FeedModel
import Foundation

/// Online story clustering: a new item joins the best matching open story when the similarity to
/// its closest member passes the threshold, or opens a new story.
public struct StoryMatcher: Sendable {
    public var settings: SyndicationSettings

    public init(settings: SyndicationSettings = SyndicationSettings()) {
        self.settings = settings
    }

    /// The story decision for an item with `features` at `time` among `stories`.
    public func decide(itemID: Int64, time: Date, features: StoryFeatures, stories: [StoryCandidate]) -> StoryDecision {
        let open = stories.filter { abs(time.timeIntervalSince($0.lastSeen)) <= settings.storyWindow && !$0.members.isEmpty }
        guard !open.isEmpty else { return .open }
        let similarity = StorySimilarity()
        let scored = open.map { story in
            (story, story.members.map { similarity.score(features, $0.features) }.max() ?? 0)
        }
        guard let (best, score) = scored.max(by: { $0.1 < $1.1 }), score >= settings.storyThreshold else { return .open }
        let newcomer = StoryMember(itemID: itemID, title: nil, time: time, features: features)
        let title = central(best.members + [newcomer], similarity)
        return .join(storyID: best.storyID, titleItemID: title, similarity: score)
    }

    /// The member most similar to the others (the earliest on a tie), among the most recent members.
    func central(_ members: [StoryMember], _ similarity: StorySimilarity) -> Int64? {
        let recent = Array(members.sorted { $0.time > $1.time }.prefix(settings.centralityLimit))
        let totals = recent.map { member in
            (member, recent.reduce(0.0) { $0 + ($1.itemID == member.itemID ? 0 : similarity.score(member.features, $1.features)) })
        }
        return totals.max { ($0.1, $1.0.time, $1.0.itemID) < ($1.1, $0.0.time, $0.0.itemID) }?.0.itemID
    }
}
