import Foundation

/// An entry ready to be stored: identity key and content hash already computed by the pipeline.
public struct ItemDraft: Sendable, Hashable {
    /// Unique per feed: "guid:…", "link:…" (normalised) or "hash:…".
    public var identityKey: String
    /// Hash of what makes a revision (title, link, summary, content); a change means "updated".
    public var contentHash: String
    public var entry: Entry
    /// The analysis of a new or changed entry, stored with it in the same transaction.
    public var analysis: ItemAnalysis?
    /// What the full-text index takes of the entry, made by the pipeline's workers so that the
    /// writer does not; nil: the store makes it when it indexes the entry.
    public var search: SearchDocument?

    public init(
        identityKey: String, contentHash: String, entry: Entry, analysis: ItemAnalysis? = nil, search: SearchDocument? = nil
    ) {
        self.identityKey = identityKey
        self.contentHash = contentHash
        self.entry = entry
        self.analysis = analysis
        self.search = search
    }
}

/// What storing one fetched feed changed.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var seen: Int
    public var new: Int
    public var updated: Int

    public init(seen: Int = 0, new: Int = 0, updated: Int = 0) {
        self.seen = seen
        self.new = new
        self.updated = updated
    }
}

/// An item as listed back from the store.
public struct StoredItem: Sendable, Hashable, Codable {
    public var id: Int64
    public var feedURL: String
    public var identityKey: String
    public var guid: String?
    public var title: String?
    public var url: String?
    public var author: String?
    public var publishedAt: Date?
    public var firstSeenAt: Date
    public var updatedAt: Date?
    /// 1 for the first version, +1 for each stored change.
    public var revision: Int
    public var summary: String?
    public var content: String?

    public init(
        id: Int64, feedURL: String, identityKey: String, guid: String? = nil, title: String? = nil,
        url: String? = nil, author: String? = nil, publishedAt: Date? = nil, firstSeenAt: Date,
        updatedAt: Date? = nil, revision: Int = 1, summary: String? = nil, content: String? = nil
    ) {
        self.id = id
        self.feedURL = feedURL
        self.identityKey = identityKey
        self.guid = guid
        self.title = title
        self.url = url
        self.author = author
        self.publishedAt = publishedAt
        self.firstSeenAt = firstSeenAt
        self.updatedAt = updatedAt
        self.revision = revision
        self.summary = summary
        self.content = content
    }
}

/// Filter for listing items.
public struct ItemQuery: Sendable, Hashable {
    public var feedURL: String?
    /// Items first seen (or published) at or after this time.
    public var since: Date?
    public var limit: Int?

    public init(feedURL: String? = nil, since: Date? = nil, limit: Int? = nil) {
        self.feedURL = feedURL
        self.since = since
        self.limit = limit
    }
}
