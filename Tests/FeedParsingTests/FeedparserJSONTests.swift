import FeedModel
import FeedParsing
import Foundation
import Testing

@Suite struct FeedparserJSONTests {
    @Test func mapsFieldsToFeedparserNames() throws {
        let xml = """
        <rss version="2.0"><channel><title>T</title><link>http://example.org/</link>
        <item><title>I</title><guid>http://example.org/1</guid><author>me@example.org (Ich)</author>
        <pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><category domain="http://s/">c</category></item></channel></rss>
        """
        let d = FeedparserJSON.dictionary(try FeedParser.parse(Array(xml.utf8)))
        #expect(d["version"] as? String == "rss20")
        #expect(d["bozo"] as? Bool == false)
        let entry = try #require((d["entries"] as? [[String: Any]])?.first)
        #expect(entry["link"] as? String == "http://example.org/1")
        #expect(entry["guidislink"] as? Bool == true)
        #expect(entry["author"] as? String == "Ich (me@example.org)")
        #expect(entry["published_parsed"] as? [Int] == [2004, 1, 1, 19, 48, 21, 3, 1, 0])
        #expect((entry["tags"] as? [[String: Any]])?.first?["scheme"] as? String == "http://s/")
    }

    @Test func feedparserSuite() throws {
        guard let url = Fixture.oracle("feedparser/cases_pypi_6.0.14.jsonl") else { return }
        struct Case: Decodable { var path: String; var http: Bool; var data_b64: String }
        var parsed = 0
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let c = try JSONDecoder().decode(Case.self, from: Data(line.utf8))
            guard !c.http, let data = Data(base64Encoded: c.data_b64) else { continue }
            _ = FeedparserJSON.jsonLine((try? FeedParser.parse([UInt8](data))) ?? ParsedFeed())
            parsed += 1
        }
        #expect(parsed > 2000)
    }
}
