import Foundation
import FeedModel
import GRDB

/// Row → FeedModel value conversions, one per selected shape. Column names follow the schema.
enum RowDecoding {
    /// Columns of `feed` plus an `items_total` subquery, in the order `feedState` reads them.
    static let feedColumns = """
        f.id, f.url, COALESCE(f.config_title, f.title) AS title, f.site_url, f.tags,
        f.configured_interval, f.enabled, f.disabled_reason,
        f.etag, f.last_modified, f.body_hash, f.next_check_at, f.current_interval, f.observed_interval, f.poll_hints, f.error_count,
        f.last_outcome, f.last_http_status, f.last_error, f.last_check_at, f.last_success_at,
        f.permanent_redirect_url, f.permanent_redirect_count, f.moved_to_url,
        (SELECT COUNT(*) FROM item i WHERE i.feed_id = f.id) AS items_total
        """

    static func feedState(_ row: Row) -> FeedState {
        FeedState(
            id: row["id"], url: row["url"], title: row["title"], siteURL: row["site_url"],
            tags: JSONColumn.decode([String].self, row["tags"]) ?? [],
            configuredInterval: row["configured_interval"], enabled: row["enabled"],
            disabledReason: row["disabled_reason"], etag: row["etag"],
            lastModified: row["last_modified"], bodyHash: row["body_hash"],
            nextCheckAt: row["next_check_at"], currentInterval: row["current_interval"],
            observedInterval: row["observed_interval"],
            pollHints: JSONColumn.decode(PollHints.self, row["poll_hints"]) ?? PollHints(),
            errorCount: row["error_count"],
            lastOutcome: (row["last_outcome"] as String?).flatMap(FetchOutcome.init(rawValue:)),
            lastHTTPStatus: row["last_http_status"], lastError: row["last_error"],
            lastCheckAt: row["last_check_at"], lastSuccessAt: row["last_success_at"],
            permanentRedirectURL: row["permanent_redirect_url"],
            permanentRedirectCount: row["permanent_redirect_count"], movedTo: row["moved_to_url"], itemsTotal: row["items_total"])
    }

    static func runRecord(_ row: Row) -> RunRecord {
        RunRecord(
            id: row["id"], kind: row["kind"], startedAt: row["started_at"],
            finishedAt: row["finished_at"], feedsOK: row["feeds_ok"], feedsFailed: row["feeds_failed"],
            itemsNew: row["items_new"], itemsUpdated: row["items_updated"],
            status: RunRecord.Status(rawValue: row["status"]) ?? .failed)
    }

    static func fetchRecord(_ row: Row) -> FetchRecord {
        FetchRecord(
            runID: row["run_id"], feedID: row["feed_id"], startedAt: row["started_at"],
            // An outcome this version does not know (written by a newer one) reads as a network failure.
            outcome: FetchOutcome(rawValue: row["outcome"]) ?? .network,
            httpStatus: row["http_status"], bytes: row["bytes"], duration: row["duration"],
            itemsSeen: row["items_seen"], itemsNew: row["items_new"],
            itemsUpdated: row["items_updated"], error: row["error"])
    }

    /// Columns of `item` joined with its feed (`f`), in the order `storedItem` reads them.
    static let itemColumns = """
        i.id, f.url AS feed_url, i.identity_key, i.guid, i.title, i.url, i.author, i.published_at,
        i.first_seen_at, i.updated_at, i.revision, i.summary, i.content
        """

    static func storedItem(_ row: Row) -> StoredItem {
        StoredItem(
            id: row["id"], feedURL: row["feed_url"], identityKey: row["identity_key"],
            guid: row["guid"], title: row["title"], url: row["url"], author: row["author"],
            publishedAt: row["published_at"], firstSeenAt: row["first_seen_at"],
            updatedAt: row["updated_at"], revision: row["revision"], summary: row["summary"],
            content: row["content"])
    }
}

/// JSON text columns (tags, categories, enclosures).
enum JSONColumn {
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// JSON text of a list; "[]" when empty (without touching the encoder).
    static func encode<T: Encodable & Collection>(_ value: T, with encoder: JSONEncoder? = nil) -> String {
        if value.isEmpty { return "[]" }
        guard let data = try? (encoder ?? makeEncoder()).encode(value) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// JSON text of a value; nil when it cannot be encoded.
    static func encodeObject<T: Encodable>(_ value: T) -> String? {
        guard let data = try? makeEncoder().encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether `list`, the JSON text of a list of strings as `encode` writes it, has `element`,
    /// found without decoding. It answers true only for an exact element; false may also mean
    /// "not decidable here" (an element with quotes, backslashes or control characters, or one
    /// the encoder escapes otherwise), so use it to skip work, never to conclude absence.
    static func list(_ list: String, has element: String) -> Bool {
        var element = element
        return element.withUTF8 { needle in
            guard !needle.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            var list = list
            return list.withUTF8 { hay in
                // Element by element: outside the strings a list has only brackets, commas and
                // blanks, so each quote met there opens an element, which runs to the next quote
                // that is not escaped.
                let n = needle.count
                var i = 0
                while i < hay.count {
                    guard hay[i] == 0x22 else {
                        i += 1
                        continue
                    }
                    let start = i + 1
                    var end = start, escaped = false
                    while end < hay.count, hay[end] != 0x22 {
                        if hay[end] == 0x5C { escaped = true; end += 1 }
                        end += 1
                    }
                    if !escaped, end - start == n, n == 0 || memcmp(hay.baseAddress! + start, needle.baseAddress!, n) == 0 {
                        return true
                    }
                    i = end + 1
                }
                return false
            }
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }
}
