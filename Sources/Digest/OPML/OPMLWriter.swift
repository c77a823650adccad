import Foundation

/// Writes OPML 2.0 subscription lists: feeds grouped into one folder outline per first tag
/// (as Miniflux, FreshRSS and newsboat export), untagged feeds at the top level.
public struct OPMLWriter: Sendable {
    public var title: String

    public init(title: String = "wirewatch feeds") {
        self.title = title
    }

    /// The OPML document for `feeds`, created at `date`.
    public func write(_ feeds: [OPMLFeed], date: Date) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<opml version=\"2.0\">", "  <head>",
            "    <title>\(HTMLEscape.text(title))</title>",
            "    <dateCreated>\(Self.rfc822(date))</dateCreated>", "  </head>", "  <body>",
        ]
        let folders = Dictionary(grouping: feeds.filter { !$0.tags.isEmpty }) { $0.tags[0] }
        for feed in feeds where feed.tags.isEmpty { lines.append("    " + outline(feed)) }
        for name in folders.keys.sorted() {
            lines.append("    <outline text=\"\(HTMLEscape.text(name))\" title=\"\(HTMLEscape.text(name))\">")
            lines += folders[name, default: []].map { "      " + outline($0) }
            lines.append("    </outline>")
        }
        return (lines + ["  </body>", "</opml>"]).joined(separator: "\n") + "\n"
    }

    func outline(_ feed: OPMLFeed) -> String {
        let title = HTMLEscape.text(feed.title ?? feed.url)
        var attributes = "type=\"rss\" text=\"\(title)\" title=\"\(title)\" xmlUrl=\"\(HTMLEscape.text(feed.url))\""
        if let site = feed.siteURL { attributes += " htmlUrl=\"\(HTMLEscape.text(site))\"" }
        if feed.tags.count > 1 { attributes += " category=\"\(HTMLEscape.text(feed.tags.dropFirst().joined(separator: ",")))\"" }
        return "<outline \(attributes)/>"
    }

    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
