import Foundation
import FeedModel

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
    static func parse(_ data: [UInt8], options: ParseOptions) throws(FeedParseError) -> ParsedFeed {
        let doc: JSONFeedDocument
        do {
            doc = try JSONDecoder().decode(JSONFeedDocument.self, from: Data(data))
        } catch {
            throw FeedParseError(kind: .notAFeed, message: "JSON that is not a JSON Feed: \(error)")
        }
        guard doc.version.contains("jsonfeed.org/version/") else {
            throw FeedParseError(kind: .notAFeed, message: "JSON without a JSON Feed version")
        }
        var feed = ParsedFeed(format: doc.version.hasSuffix("/1") ? .json10 : .json11, title: doc.title,
                              siteURL: doc.home_page_url, subtitle: doc.description, language: doc.language,
                              encoding: "utf-8")
        feed.details.extensions["version"] = doc.version.hasSuffix("/1") ? "json1" : "json11"
        feed.details.authors = (doc.authors ?? doc.author.map { [$0] } ?? []).map(\.person)
        let base = doc.feed_url ?? options.baseURL
        feed.entries = (doc.items ?? []).map { entry($0, base: base, options: options) }
        return feed
    }

    private static func entry(_ item: JSONFeedDocument.Item, base: String?, options: ParseOptions) -> Entry {
        var e = Entry(guid: item.id?.value, link: item.url.map { URLResolver.resolve($0, against: base) }, title: item.title,
                      summary: item.summary, content: item.content_html ?? item.content_text,
                      categories: (item.tags ?? []).map { Category(term: $0) })
        e.published = item.date_published.flatMap { FeedDate.parse($0, defaultTimeZone: options.defaultTimeZone) }
        e.updated = item.date_modified.flatMap { FeedDate.parse($0, defaultTimeZone: options.defaultTimeZone) }
        e.authors = (item.authors ?? item.author.map { [$0] } ?? []).map(\.person)
        let names = e.authors.compactMap(\.name)
        e.author = names.isEmpty ? nil : names.joined(separator: ", ")
        if let html = item.content_html { e.contents.append(TextDetail(value: html, type: "text/html")) }
        if let text = item.content_text { e.contents.append(TextDetail(value: text, type: "text/plain")) }
        e.enclosures = (item.attachments ?? []).map {
            Enclosure(url: URLResolver.resolve($0.url, against: base), type: $0.mime_type, length: $0.size_in_bytes)
        }
        return e
    }
}
