/// What the root element says about the dialect.
struct FeedRoot {
    /// feedparser's version label: "rss20", "rss091u", "rss10", "atom10", "atom03", "cdf" …
    var version: String
    var isAtom: Bool

    /// Nil when the root is not a feed (an HTML page, an arbitrary XML document).
    static func detect(uri: String, local: String, attributes: [XMLAttribute], namespaces: [(prefix: String, uri: String)]) -> FeedRoot? {
        let name = local.lowercased()
        switch name {
        case "rss":
            return FeedRoot(version: rssVersion(attributes.first { $0.local == "version" && $0.uri.isEmpty }?.value), isAtom: false)
        case "rdf" where uri == Namespaces.rdf:
            let defaultNS = namespaces.first { $0.prefix.isEmpty }?.uri ?? ""
            let all = namespaces.map(\.uri)
            return FeedRoot(version: all.contains(Namespaces.rss090) && defaultNS != Namespaces.rss10 ? "rss090" : "rss10", isAtom: false)
        case "feed":
            if uri == Namespaces.atom10 { return FeedRoot(version: "atom10", isAtom: true) }
            let v = attributes.first { $0.local == "version" }?.value
            if uri == Namespaces.atom03 || v == "0.3" { return FeedRoot(version: "atom03", isAtom: true) }
            return FeedRoot(version: v.map { "atom" + $0.replacingOccurrences(of: ".", with: "") } ?? "atom", isAtom: true)
        case "channel" where uri.isEmpty:
            return FeedRoot(version: "cdf", isAtom: false)
        default:
            return nil
        }
    }

    private static func rssVersion(_ v: String?) -> String {
        switch v.map(trimmedSpaces) {
        case "2.0", "2", "2.0.1", "2.01": return "rss20"
        case "0.91": return "rss091u"
        case "0.92": return "rss092"
        case "0.93": return "rss093"
        case "0.94": return "rss094"
        case "0.90", "0.9": return "rss090"
        case .some(let other) where other.hasPrefix("2."): return "rss20"
        default: return "rss"
        }
    }

    /// `v` without surrounding whitespace; Foundation is asked only when an end is not plain ASCII.
    private static func trimmedSpaces(_ v: String) -> String {
        guard let first = v.utf8.first, let last = v.utf8.last else { return v }
        func plain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && b != 0x09 }
        return plain(first) && plain(last) ? v : v.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
