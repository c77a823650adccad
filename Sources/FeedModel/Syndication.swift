import Foundation

/// The fingerprint of one item for copy detection, as computed by the Syndication module and kept
/// by storage.
///
/// `lookupKeys` are what the store indexes: LSH band keys of the MinHash signature, hashes of the
/// longest sentences, the body hash and the canonical URL hash. Two copies share at least one key
/// with high probability; the pure engine then verifies the candidates.
public struct ItemFingerprint: Sendable, Hashable, Codable {
    /// The item's URL after `CanonicalURL.normalise`, nil when it has none.
    public var canonicalURL: String?
    /// The title normalised for comparison (case, punctuation and ticker prefixes removed).
    public var titleKey: String
    /// 64-bit hash of the clean body's words; nil for a body too short to identify anything.
    public var bodyHash: Int64?
    /// 64-bit SimHash over word shingles.
    public var simhash: Int64
    /// MinHash signature over word shingles (one minimum per hash function).
    public var minhash: [UInt32]
    /// How many distinct shingles the body has (for containment estimates).
    public var shingleCount: Int
    /// Hashes of the body's sentences of at least a few words, in text order.
    public var sentenceHashes: [Int64]
    /// Indexed keys for candidate lookup.
    public var lookupKeys: [Int64]

    public init(
        canonicalURL: String?, titleKey: String, bodyHash: Int64?, simhash: Int64, minhash: [UInt32],
        shingleCount: Int, sentenceHashes: [Int64], lookupKeys: [Int64]
    ) {
        self.canonicalURL = canonicalURL
        self.titleKey = titleKey
        self.bodyHash = bodyHash
        self.simhash = simhash
        self.minhash = minhash
        self.shingleCount = shingleCount
        self.sentenceHashes = sentenceHashes
        self.lookupKeys = lookupKeys
    }
}

/// What story clustering compares: entity keys, keyphrase keys and weighted stems of one item.
public struct StoryFeatures: Sendable, Hashable, Codable {
    public var entityKeys: [String] { didSet { entitySet = KeySet(entityKeys) } }
    public var keyphraseKeys: [String] { didSet { keyphraseSet = KeySet(keyphraseKeys) } }
    /// The keys as sorted distinct hashes, for overlap counts without building sets per comparison.
    public private(set) var entitySet: KeySet
    public private(set) var keyphraseSet: KeySet
    /// Term frequency of each content stem (title stems count double); empty when the features were
    /// read back from storage, which keeps only `vector`.
    public private(set) var stems: [String: Double]
    /// The stems as a unit vector: what story similarity compares.
    public private(set) var vector: StemVector

    public init(entityKeys: [String] = [], keyphraseKeys: [String] = [], stems: [String: Double] = [:]) {
        self.entityKeys = entityKeys
        self.keyphraseKeys = keyphraseKeys
        self.entitySet = KeySet(entityKeys)
        self.keyphraseSet = KeySet(keyphraseKeys)
        self.stems = stems
        self.vector = StemVector(frequencies: stems)
    }

    /// Features as storage keeps them for comparison: key sets and the stem vector only (the key
    /// strings and stem frequencies stay empty).
    public init(entitySet: KeySet, keyphraseSet: KeySet, vector: StemVector) {
        self.entityKeys = []
        self.keyphraseKeys = []
        self.entitySet = entitySet
        self.keyphraseSet = keyphraseSet
        self.stems = [:]
        self.vector = vector
    }

    /// Features with the stems as a stored vector only.
    public init(entityKeys: [String], keyphraseKeys: [String], vector: StemVector) {
        self.entityKeys = entityKeys
        self.keyphraseKeys = keyphraseKeys
        self.entitySet = KeySet(entityKeys)
        self.keyphraseSet = KeySet(keyphraseKeys)
        self.stems = [:]
        self.vector = vector
    }
}

/// A stored item that may be a copy of a new one: its fingerprint and where it already belongs.
public struct CopyCandidate: Sendable, Hashable {
    public var itemID: Int64
    public var feedID: Int64
    /// Published time, else first seen: what "earliest" means for the canonical copy.
    public var time: Date
    public var fingerprint: ItemFingerprint
    public var groupID: Int64?
    /// The canonical item of its group, and that item's time.
    public var groupCanonicalItemID: Int64?
    public var groupCanonicalTime: Date?
    public var storyID: Int64?

    public init(
        itemID: Int64, feedID: Int64, time: Date, fingerprint: ItemFingerprint, groupID: Int64? = nil,
        groupCanonicalItemID: Int64? = nil, groupCanonicalTime: Date? = nil, storyID: Int64? = nil
    ) {
        self.itemID = itemID
        self.feedID = feedID
        self.time = time
        self.fingerprint = fingerprint
        self.groupID = groupID
        self.groupCanonicalItemID = groupCanonicalItemID
        self.groupCanonicalTime = groupCanonicalTime
        self.storyID = storyID
    }
}

/// An item of an open story, with what clustering compares.
public struct StoryMember: Sendable, Hashable {
    public var itemID: Int64
    public var title: String?
    public var time: Date
    public var features: StoryFeatures

    public init(itemID: Int64, title: String?, time: Date, features: StoryFeatures) {
        self.itemID = itemID
        self.title = title
        self.time = time
        self.features = features
    }
}

/// An open story (last seen within the window) that a new item may join.
public struct StoryCandidate: Sendable, Hashable {
    public var storyID: Int64
    public var lastSeen: Date
    public var members: [StoryMember]

    public init(storyID: Int64, lastSeen: Date, members: [StoryMember]) {
        self.storyID = storyID
        self.lastSeen = lastSeen
        self.members = members
    }
}

/// Everything the engine may compare a new item with, read in the transaction that stores its decision.
public struct SyndicationCandidates: Sendable, Hashable {
    /// The new item and its time (published, else first seen).
    public var itemID: Int64
    public var time: Date
    /// Stored items sharing a lookup key with the new one (never the item itself).
    public var copies: [CopyCandidate]
    /// Stories whose last item is within the window of `time`, most recent first.
    public var stories: [StoryCandidate]

    public init(itemID: Int64, time: Date, copies: [CopyCandidate] = [], stories: [StoryCandidate] = []) {
        self.itemID = itemID
        self.time = time
        self.copies = copies
        self.stories = stories
    }
}

/// How a new item joins a syndication group.
public struct GroupDecision: Sendable, Hashable {
    /// The candidate it copies.
    public var copyOf: Int64
    /// The existing group to join; nil means: open a group with `copyOf` and the new item.
    public var groupID: Int64?
    /// The group's canonical item after the join (the earliest copy).
    public var canonicalItemID: Int64
    /// A copy with real differences (additions, truncation, edits), not a near-equal one.
    public var isVariant: Bool
    public var similarity: Double

    public init(copyOf: Int64, groupID: Int64?, canonicalItemID: Int64, isVariant: Bool, similarity: Double) {
        self.copyOf = copyOf
        self.groupID = groupID
        self.canonicalItemID = canonicalItemID
        self.isVariant = isVariant
        self.similarity = similarity
    }
}

/// How a new item joins a story.
public enum StoryDecision: Sendable, Hashable {
    /// Join an existing story; `titleItemID` is its most central item afterwards (nil: keep the title).
    case join(storyID: Int64, titleItemID: Int64?, similarity: Double)
    /// Open a new story with this item as its only member.
    case open
}

/// The engine's verdict on one new item.
public struct SyndicationDecision: Sendable, Hashable {
    public var group: GroupDecision?
    public var story: StoryDecision

    public init(group: GroupDecision?, story: StoryDecision) {
        self.group = group
        self.story = story
    }
}

/// One copy in a syndication group ("also published at").
public struct SyndicationMember: Sendable, Hashable, Codable {
    public var itemID: Int64
    public var feedURL: String
    public var url: String?
    public var title: String?
    public var time: Date
    public var isCanonical: Bool
    public var isVariant: Bool

    public init(
        itemID: Int64, feedURL: String, url: String?, title: String?, time: Date, isCanonical: Bool, isVariant: Bool
    ) {
        self.itemID = itemID
        self.feedURL = feedURL
        self.url = url
        self.title = title
        self.time = time
        self.isCanonical = isCanonical
        self.isVariant = isVariant
    }
}

/// Where one item belongs: the fields `items --json` and `show` print.
public struct ItemSyndication: Sendable, Hashable, Codable {
    public var itemID: Int64
    public var groupID: Int64?
    public var canonicalItemID: Int64?
    public var isVariant: Bool
    public var storyID: Int64?

    enum CodingKeys: String, CodingKey {
        case itemID = "item_id", groupID = "syndication_group", canonicalItemID = "canonical_item"
        case isVariant = "variant", storyID = "story_id"
    }

    public init(itemID: Int64, groupID: Int64? = nil, canonicalItemID: Int64? = nil, isVariant: Bool = false, storyID: Int64? = nil) {
        self.itemID = itemID
        self.groupID = groupID
        self.canonicalItemID = canonicalItemID
        self.isVariant = isVariant
        self.storyID = storyID
    }
}

/// An item of a listed story.
public struct StoryItem: Sendable, Hashable, Codable {
    public var itemID: Int64
    public var feedURL: String
    public var title: String?
    public var url: String?
    public var time: Date
    public var groupID: Int64?

    public init(itemID: Int64, feedURL: String, title: String?, url: String?, time: Date, groupID: Int64?) {
        self.itemID = itemID
        self.feedURL = feedURL
        self.title = title
        self.url = url
        self.time = time
        self.groupID = groupID
    }
}

/// A story as listed: items about one event, copies counted as one source.
public struct StorySummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var title: String?
    public var firstSeen: Date
    public var lastSeen: Date
    public var itemCount: Int
    /// Distinct sources: a syndication group counts once, other items once per feed.
    public var sourceCount: Int
    public var items: [StoryItem]

    public init(
        id: Int64, title: String?, firstSeen: Date, lastSeen: Date, itemCount: Int, sourceCount: Int, items: [StoryItem]
    ) {
        self.id = id
        self.title = title
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.itemCount = itemCount
        self.sourceCount = sourceCount
        self.items = items
    }
}

/// What a trend counts: entities (canonical keys) or keyphrases (stemmed keys).
public enum TrendTermKind: String, Sendable, Hashable, Codable {
    case entity, keyphrase
}

/// Counts of one term in the last 24 hours and in the 7 days before (a syndication group counts once).
public struct TrendCounts: Sendable, Hashable, Codable {
    public var kind: TrendTermKind
    public var key: String
    public var label: String
    public var recent: Int
    public var baseline: Int

    public init(kind: TrendTermKind, key: String, label: String, recent: Int, baseline: Int) {
        self.kind = kind
        self.key = key
        self.label = label
        self.recent = recent
        self.baseline = baseline
    }
}

/// Items mentioning one term on one UTC day (a syndication group counts once).
public struct DailyTermCount: Sendable, Hashable, Codable {
    public var key: String
    /// "YYYY-MM-DD" (UTC).
    public var day: String
    public var count: Int

    public init(key: String, day: String, count: Int) {
        self.key = key
        self.day = day
        self.count = count
    }
}

/// One item to assign to a group and story: its id and what the engine computed for it.
public struct SyndicationRequest: Sendable, Hashable {
    public var itemID: Int64
    public var fingerprint: ItemFingerprint
    public var features: StoryFeatures

    public init(itemID: Int64, fingerprint: ItemFingerprint, features: StoryFeatures) {
        self.itemID = itemID
        self.fingerprint = fingerprint
        self.features = features
    }
}
