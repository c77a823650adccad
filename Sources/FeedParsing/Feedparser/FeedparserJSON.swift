import Foundation
import FeedModel

/// Maps a `ParsedFeed` to the JSON shape of Python's feedparser (`bozo`, `encoding`, `version`,
/// `feed{…}`, `entries[{…}]`), so results can be checked against feedparser's test suite.
public enum FeedparserJSON {
    /// A JSON-serialisable dictionary (strings, numbers, booleans, arrays, dictionaries).
    public static func dictionary(_ feed: ParsedFeed) -> [String: Any] {
        var out: [String: Any] = [
            "bozo": feed.bozo,
            "version": feed.details.extensions["version"] ?? feed.format.rawValue,
            "feed": feedDictionary(feed),
            "entries": feed.entries.map(entryDictionary),
        ]
        out["encoding"] = feed.encoding
        out["bozo_exception"] = feed.bozoMessage
        return out
    }

    /// The dictionary as one line of JSON.
    public static func jsonLine(_ feed: ParsedFeed) -> String {
        line(dictionary(feed))
    }

    static func line(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func feedDictionary(_ feed: ParsedFeed) -> [String: Any] {
        let d = feed.details
        var out: [String: Any] = [:]
        applyExtensions(d.extensions, into: &out)
        out["title"] = feed.title
        out["title_detail"] = d.titleDetail.map(detail)
        out["link"] = feed.siteURL
        if !d.links.isEmpty { out["links"] = d.links.map(link) }
        out["subtitle"] = feed.subtitle
        out["subtitle_detail"] = d.subtitleDetail.map(detail)
        out["language"] = feed.language
        out["rights"] = d.rights
        out["rights_detail"] = d.rightsDetail.map(detail)
        out["info"] = d.info
        out["info_detail"] = d.infoDetail.map(detail)
        out["generator"] = d.generator
        out["generator_detail"] = d.generatorDetail.map { ["name": d.generator ?? "", "href": $0.href, "version": $0.title as Any] }
        out["id"] = d.id
        if let image = d.image {
            var dict = out["image"] as? [String: Any] ?? [:]
            dict["href"] = image
            out["image"] = dict
        }
        for key in ["created", "validity_start", "validity_end"] { addDate(&out, key, nil, raw: d.rawDates[key]) }
        addDate(&out, "updated", feed.updated, raw: d.rawDates["updated"])
        addDate(&out, "published", d.published, raw: d.rawDates["published"])
        addPeople(&out, authors: d.authors, contributors: d.contributors)
        if let p = d.publisher { out["publisher"] = personString(p); out["publisher_detail"] = person(p) }
        if !d.categories.isEmpty { out["tags"] = d.categories.map(tag) }
        if let ttl = feed.ttlMinutes { out["ttl"] = String(ttl) }
        return out
    }

    private static func entryDictionary(_ e: Entry) -> [String: Any] {
        var out: [String: Any] = [:]
        applyExtensions(e.extensions.filter { $0.key != "guidislink" }, into: &out)
        out["title"] = e.title
        out["title_detail"] = e.titleDetail.map(detail)
        out["link"] = e.link
        if !e.links.isEmpty { out["links"] = e.links.map(link) }
        out["id"] = e.guid
        if e.guid != nil { out["guidislink"] = e.extensions["guidislink"] == "true" && e.link == e.guid }
        out["summary"] = e.summary
        out["summary_detail"] = e.summaryDetail.map(detail)
        if !e.contents.isEmpty { out["content"] = e.contents.map(detail) }
        addDate(&out, "published", e.published, raw: e.rawDates["published"])
        addDate(&out, "updated", e.updated, raw: e.rawDates["updated"])
        addDate(&out, "created", e.created, raw: e.rawDates["created"])
        addPeople(&out, authors: e.authors, contributors: e.contributors)
        if !e.categories.isEmpty { out["tags"] = e.categories.map(tag) }
        if !e.enclosures.isEmpty { out["enclosures"] = e.enclosures.map(enclosure) }
        out["comments"] = e.comments
        out["rights"] = e.rights
        out["rights_detail"] = e.rightsDetail.map(detail)
        out["language"] = e.language
        out["image"] = e.image.map { ["href": $0] }
        if let p = e.publisher { out["publisher"] = personString(p); out["publisher_detail"] = person(p) }
        addDate(&out, "expired", nil, raw: e.rawDates["expired"])
        if let source = e.source { out["source"] = sourceDictionary(source) }
        return out
    }

    private static func sourceDictionary(_ s: EntrySource) -> [String: Any] {
        var feed = ParsedFeed(title: s.title, siteURL: s.link, subtitle: s.subtitle, updated: s.updated)
        feed.details = s.details
        var out = feedDictionary(feed)
        out["href"] = s.href
        return out
    }
}

extension FeedparserJSON {
    /// The feedparser shape of a document that could not be parsed: bozo, no entries.
    public static func errorLine(_ error: FeedParseError) -> String {
        line(["bozo": true, "bozo_exception": error.message, "feed": [String: Any](), "entries": [Any]()])
    }
}

extension FeedParser {
    /// `parse` as a `Result`, for callers that collect outcomes.
    public static func parseResult(_ data: [UInt8], options: ParseOptions = ParseOptions()) -> Result<ParsedFeed, FeedParseError> {
        do throws(FeedParseError) {
            return .success(try parse(data, options: options))
        } catch {
            return .failure(error)
        }
    }
}
