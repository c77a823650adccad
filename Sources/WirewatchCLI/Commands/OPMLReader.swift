import Digest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads OPML subscription lists (OPML 1.0 and 2.0 as Miniflux, newsboat and FreshRSS export them):
/// every outline with an `xmlUrl` is a feed; the titles of the outlines around it and its
/// `category` attribute become its tags.
final class OPMLReader: NSObject, XMLParserDelegate {
    private var folders: [String?] = []
    private var feeds: [OPMLFeed] = []
    private var sawOPML = false
    private var depth = 0

    /// The feeds of `data`, in document order; throws when it is not OPML.
    static func feeds(from data: Data) throws -> [OPMLFeed] {
        let reader = OPMLReader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse() else {
            throw OPMLError(message: "not well-formed XML: \(parser.parserError?.localizedDescription ?? "unknown error") at line \(parser.lineNumber)")
        }
        guard reader.depth == 0 else { throw OPMLError(message: "the document ends inside an element (truncated?)") }
        guard reader.sawOPML else { throw OPMLError(message: "not an OPML document (no <opml> root)") }
        return reader.feeds
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if name.lowercased() == "opml" { sawOPML = true }
        guard name.lowercased() == "outline" else { return }
        let title = Self.clean(attributes["title"]) ?? Self.clean(attributes["text"])
        guard let url = Self.clean(attributes["xmlUrl"] ?? attributes["xmlurl"]) else {
            folders.append(title)
            return
        }
        folders.append(nil)
        let tags = folders.compactMap { $0 } + Self.categories(attributes["category"])
        feeds.append(OPMLFeed(url: url, title: title, siteURL: Self.clean(attributes["htmlUrl"]), tags: Self.unique(tags)))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if name.lowercased() == "outline", !folders.isEmpty { folders.removeLast() }
    }

    /// "a,b" and "/a/b" category values as tags.
    static func categories(_ value: String?) -> [String] {
        (value ?? "").split(separator: ",").flatMap { $0.split(separator: "/") }.compactMap { clean(String($0)) }
    }

    static func clean(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
        return s
    }

    static func unique(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }
}
