import FeedModel
import FeedParsing
import Testing

/// A UTF-8 body is first parsed as it is; a defect the repair passes fix (bytes that are not
/// UTF-8, forbidden control characters, bare `&`, `&#X…;`) makes libxml2 report an error, and the
/// body is parsed again, repaired, from the start. These pin that the result is the repaired one,
/// also when the defect comes after everything the first parse had already built.
@Suite struct RepairBeforeParseTests {
    func parse(_ bytes: [UInt8]) throws -> ParsedFeed { try FeedParser.parse(bytes) }
    func rss(_ title: [UInt8], after: [UInt8] = []) -> [UInt8] {
        Array("<rss version=\"2.0\"><channel><title>".utf8) + title + Array("</title><item><title>i</title></item></channel></rss>".utf8) + after
    }

    @Test("a clean UTF-8 body is read as it is")
    func clean() throws {
        let feed = try parse(rss(Array("Nachrichten aus Würzburg – „Test“".utf8)))
        #expect(feed.title == "Nachrichten aus Würzburg – „Test“")
        #expect(!feed.bozo)
        #expect(feed.encoding == "utf-8")
    }

    @Test("bytes that are not UTF-8 make the whole body windows-1252, even after the root element")
    func notUTF8() throws {
        let inTitle = try parse(rss(Array("caf".utf8) + [0xE9]))
        #expect(inTitle.title == "café")
        #expect(inTitle.encoding == "windows-1252")
        #expect(inTitle.bozo)
        // The first parse had the whole feed before it met the byte; the kept parse reads "Ã¼"
        // for the UTF-8 "ü" as the repaired body has it.
        let trailing = try parse(rss(Array("Würzburg".utf8), after: Array("<!-- caf".utf8) + [0xE9] + Array(" -->".utf8)))
        #expect(trailing.title == "WÃ¼rzburg")
        #expect(trailing.encoding == "windows-1252")
        #expect(trailing.bozo)
    }

    @Test("forbidden control characters are removed")
    func controls() throws {
        let feed = try parse(rss(Array("a".utf8) + [0x01] + Array("b".utf8)))
        #expect(feed.title == "ab")
    }

    @Test("a bare & is kept as text and an upper-case &#X reference is read")
    func ampersands() throws {
        let bare = try parse(rss(Array("Tom & Jerry".utf8)))
        #expect(bare.title == "Tom & Jerry")
        #expect(bare.bozo)
        let upper = try parse(rss(Array("&#X41;BC".utf8)))
        #expect(upper.title == "ABC")
    }

    /// Every string in `value`, however deep (entries, details, links, people, extensions).
    static func strings(in value: Any) -> [String] {
        if let s = value as? String { return [s] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }

    /// Long values are copied into strings without a check of every byte while libxml2 has
    /// reported no error (`FeedBuilder.textIsWellFormed`): it reports a malformed sequence before
    /// it passes the bytes on, as they were. Malformed sequences of every kind, in every place a
    /// value comes from, must still come out as well-formed strings; debug builds also check each
    /// value as it is decoded (trusting libxml2 without the error check failed there).
    @Test("bytes that are not UTF-8 never reach a string, wherever they stand")
    func malformedSequencesAnywhere() throws {
        let bad: [[UInt8]] = [
            [0x80], [0xBF, 0x80], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
            [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0xFE], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3], [0xE2, 0x80, 0x9C, 0xE2],
        ]
        let long = Array(String(repeating: "Würzburg – „Bericht“ über Verträge. ", count: 3).utf8)
        func wrap(_ b: [UInt8]) -> [[UInt8]] {
            let t = long + b + long
            let docs: [[UInt8]] = [
                Array("<rss version=\"2.0\"><channel><title>".utf8) + t + Array("</title><item><title>".utf8) + t
                    + Array("</title><description><![CDATA[<p>".utf8) + t + Array("</p>]]></description></item></channel></rss>".utf8),
                Array("<rss version=\"2.0\"><channel><item><description>&lt;p&gt;".utf8) + t
                    + Array("&lt;/p&gt;</description><link>https://a.example/".utf8) + b + Array("</link></item></channel></rss>".utf8),
                Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><b>".utf8)
                    + t + Array("</b></div></title><link href=\"https://a.example/".utf8) + b
                    + Array("\"/><content type=\"html\">".utf8) + t + Array("</content></entry></feed>".utf8),
                Array("<!DOCTYPE rss [<!ENTITY e \"".utf8) + t + Array("\">]><rss version=\"2.0\"><channel><item><title>&e; and ".utf8)
                    + long + Array("</title><!-- ".utf8) + b + Array(" --></item></channel></rss>".utf8),
            ]
            return docs
        }
        var parsed = 0
        for b in bad {
            for doc in wrap(b) {
                guard let feed = try? FeedParser.parse(doc) else { continue }
                parsed += 1
                for s in Self.strings(in: feed) {
                    #expect(String(validating: Array(s.utf8), as: UTF8.self) != nil, "malformed string from \(b)")
                }
                #expect(!feed.entries.isEmpty)
            }
        }
        #expect(parsed == bad.count * 4)
    }
}
