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
}
