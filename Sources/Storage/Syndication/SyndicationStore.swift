import FeedModel
import Foundation
import GRDB

/// Syndication groups and stories: storing fingerprints, finding candidates, applying decisions.
extension Store {
    /// Stores the fingerprint and story features of item `itemID`, reads its candidates (stored
    /// items sharing a lookup key; stories within `window` of its time that share two keyphrase or
    /// entity keys with it: the `storyLimit` sharing most keys, then the most recent), asks `decide`, and applies the
    /// decision — all in one write transaction. An item that already belongs to a group or story
    /// keeps it (an update refreshes its fingerprint only). Returns where the item belongs.
    @discardableResult
    public func syndicate(
        itemID: Int64, fingerprint: ItemFingerprint, features: StoryFeatures, window: TimeInterval,
        storyLimit: Int = 8, decide: (SyndicationCandidates) throws -> SyndicationDecision
    ) throws -> ItemSyndication {
        let request = SyndicationRequest(itemID: itemID, fingerprint: fingerprint, features: features)
        return try syndicate([request], window: window, storyLimit: storyLimit) { try decide($1) }[0]
    }

    /// `syndicate` for several items in one write transaction (e.g. the new items of one fetched
    /// feed, in time order): each item sees the ones before it. Nothing is stored when this throws.
    /// `isCopy` (the engine's verdict on a candidate fingerprint, pure): when given, the copy
    /// candidates passed to `decide` are only those it accepts, read in full; the rest are never
    /// joined with their item, group and story. Give it only when `decide` ignores other candidates.
    @discardableResult
    public func syndicate(
        _ requests: [SyndicationRequest], window: TimeInterval, storyLimit: Int = 8,
        isCopy: ((SyndicationRequest, ItemFingerprint) -> Bool)? = nil,
        decide: (SyndicationRequest, SyndicationCandidates) throws -> SyndicationDecision
    ) throws -> [ItemSyndication] {
        try write("syndicate", "\(requests.count) items") { db in
            let cache = StoryMemberCache()
            return try requests.map { request in
                let keep = isCopy.map { test in { (candidate: ItemFingerprint) in test(request, candidate) } }
                return try Self.syndicate(request, window: window, storyLimit: storyLimit, cache: cache, keep: keep, db) {
                    try decide(request, $0)
                }
            }
        }
    }

    /// One item inside the caller's transaction.
    static func syndicate(
        _ request: SyndicationRequest, window: TimeInterval, storyLimit: Int, cache: StoryMemberCache? = nil,
        keep: ((ItemFingerprint) -> Bool)? = nil, _ db: Database, decide: (SyndicationCandidates) throws -> SyndicationDecision
    ) throws -> ItemSyndication {
        let subject = try SyndicationWriter.subject(request.itemID, db)
        try SyndicationWriter.saveFingerprint(request.itemID, request.fingerprint, request.features, db)
        let current = try SyndicationReader.membership(request.itemID, db)
        if current.groupID != nil || current.storyID != nil { return current }
        let keys = request.features.storyKeys
        let candidates = SyndicationCandidates(
            itemID: request.itemID, time: subject.time,
            copies: try SyndicationReader.copyCandidates(
                request.fingerprint.lookupKeys, excluding: request.itemID, keep: keep, db),
            stories: try SyndicationReader.openStories(
                around: subject.time, window: window, keys: keys, limit: storyLimit, cache: cache, db))
        let member = StoryMember(
            itemID: request.itemID, title: subject.title, time: subject.time,
            features: StoryFeatures(
                entitySet: request.features.entitySet, keyphraseSet: request.features.keyphraseSet,
                vector: request.features.vector))
        try SyndicationWriter(db: db, subject: subject, storyKeys: keys, cache: cache.map { ($0, member) })
            .apply(try decide(candidates))
        return try SyndicationReader.membership(request.itemID, db)
    }

    /// Stored items sharing at least one lookup key with `fingerprint` (an indexed lookup per key).
    public func copyCandidates(for fingerprint: ItemFingerprint, excluding itemID: Int64? = nil) throws -> [CopyCandidate] {
        try read("copyCandidates") { db in
            try SyndicationReader.copyCandidates(fingerprint.lookupKeys, excluding: itemID ?? 0, db)
        }
    }

    /// Group, canonical item, variant flag and story of each item (items without any are absent):
    /// the `syndication_group`, `canonical_item` and `story_id` of `items --json`.
    public func syndication(itemIDs: [Int64]) throws -> [Int64: ItemSyndication] {
        try read("syndication(itemIDs:)") { db in
            var result: [Int64: ItemSyndication] = [:]
            for id in itemIDs {
                let membership = try SyndicationReader.membership(id, db)
                if membership.groupID != nil || membership.storyID != nil { result[id] = membership }
            }
            return result
        }
    }

    /// All copies in the group of `itemID`, canonical first then by time; empty when it has none.
    public func groupMembers(itemID: Int64) throws -> [SyndicationMember] {
        try read("groupMembers", "item \(itemID)") { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, f.url AS feed_url, i.url, i.title, COALESCE(i.published_at, i.first_seen_at) AS time,
                       (g.canonical_item_id = i.id) AS is_canonical, m.is_variant
                FROM syndication_member self
                JOIN syndication_member m ON m.group_id = self.group_id
                JOIN syndication_group g ON g.id = m.group_id
                JOIN item i ON i.id = m.item_id JOIN feed f ON f.id = i.feed_id
                WHERE self.item_id = ?
                ORDER BY is_canonical DESC, time, i.id
                """, arguments: [itemID]
            ).map { row in
                SyndicationMember(
                    itemID: row["id"], feedURL: row["feed_url"], url: row["url"], title: row["title"], time: row["time"],
                    isCanonical: row["is_canonical"] ?? false, isVariant: row["is_variant"])
            }
        }
    }

    /// Analysed items without a fingerprint, oldest first (by published, else first seen): what a
    /// backfill or a restart after a crash between `commitFetch` and `syndicate` still has to assign.
    public func unsyndicatedItemIDs(limit: Int) throws -> [Int64] {
        try read("unsyndicatedItemIDs") { db in
            try Int64.fetchAll(db, sql: """
                SELECT i.id FROM item i JOIN item_analysis a ON a.item_id = i.id
                LEFT JOIN item_fingerprint fp ON fp.item_id = i.id
                WHERE fp.item_id IS NULL ORDER BY COALESCE(i.published_at, i.first_seen_at), i.id LIMIT ?
                """, arguments: [limit])
        }
    }

    /// The id of the item stored under `identityKey` in feed `feedID` (to syndicate new items after `commitFetch`).
    public func itemID(feedID: Int64, identityKey: String) throws -> Int64? {
        try read("itemID", "feed \(feedID)") { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM item WHERE feed_id = ? AND identity_key = ?", arguments: [feedID, identityKey])
        }
    }
}

extension StoryFeatures {
    /// The keys stories are found by: keyphrase keys and entity canonical keys.
    var storyKeys: [String] { keyphraseKeys + entityKeys }
}
