/// Small feed documents built in code for tests.
public enum SampleFeeds {
    public struct Item: Sendable {
        public var guid: String?
        public var link: String
        public var title: String
        public var body: String

        public init(guid: String?, link: String, title: String, body: String) {
            self.guid = guid
            self.link = link
            self.title = title
            self.body = body
        }
    }

    /// An RSS 2.0 channel.
    public static func rss(title: String, items: [Item]) -> String {
        let entries = items.map { item in
            """
            <item>
              \(item.guid.map { "<guid isPermaLink=\"false\">\($0)</guid>" } ?? "")
              <title>\(item.title)</title>
              <link>\(item.link)</link>
              <pubDate>Sat, 28 Nov 2026 09:15:00 +0100</pubDate>
              <description><![CDATA[<p>\(item.body)</p>]]></description>
            </item>
            """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>\(title)</title><link>https://example.test/</link>
            <language>de</language>
            \(entries.joined(separator: "\n"))
            </channel></rss>
            """
    }
}
