import FeedModel
import FeedParsing
import Foundation
import Testing

@Suite struct FeedParserTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    @Test func germanLatin1FeedKeepsUmlautsAndWindowsQuotes() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("german-rss20-latin1.xml"),
                                        options: ParseOptions(baseURL: "https://www.example-zeitung.de/feed.rss"))
        #expect(feed.format == .rss20)
        #expect(feed.encoding == "iso-8859-1")
        #expect(feed.title == "Nachrichten aus Würzburg")
        #expect(feed.language == "de-de")
        #expect(feed.entries.count == 2)
        let first = feed.entries[0]
        #expect(first.title == "Staatsbesuch in Peking: Kanzler trifft Präsidenten")
        #expect(first.link == "https://www.example-zeitung.de/politik/staatsbesuch-peking-100.html")
        #expect(first.guid == "ez-100")
        #expect(first.summary == "Peking – Der Kanzler ist zu Gesprächen über Außenpolitik eingetroffen.")
        #expect(first.content?.contains("„Wir müssen reden“") == true)
        #expect(first.author == "Von: Anna Weiß")
        #expect(first.categories == [Category(term: "Außenpolitik", scheme: "https://www.example-zeitung.de/rubrik")])
        #expect(first.enclosures == [Enclosure(url: "https://img.example-zeitung.de/peking.jpg", type: "image/jpeg", length: 12345)])
        #expect(first.published == Date(timeIntervalSince1970: 1_675_681_200)) // 2023-02-06T11:00:00Z
        #expect(feed.entries[1].title == "Straßenbahn fährt wieder – Sperrung aufgehoben")
        #expect(feed.entries[1].published != nil)
        #expect(!feed.bozo)
    }

    @Test func rdfFeed() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("rss10-rdf.xml"))
        #expect(feed.format == .rss10)
        #expect(feed.language == "de")
        #expect(feed.entries.map(\.title) == ["Forschungsnetz erreicht 400 Gbit/s", "Neue Ausgabe erschienen"])
        #expect(feed.entries[0].updated == Date(timeIntervalSince1970: 1_675_674_000))
        #expect(feed.entries[0].categories.map(\.term) == ["Netze"])
    }

    @Test func atomResolvesXMLBase() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("atom-xmlbase.xml"))
        #expect(feed.format == .atom10)
        #expect(feed.siteURL == "https://blog.example.org/")
        #expect(feed.language == "de")
        #expect(feed.details.authors == [Person(name: "Jörg Beispiel", email: "joerg@example.org", uri: "https://blog.example.org/ueber")])
        let e = try #require(feed.entries.first)
        #expect(e.link == "https://blog.example.org/2023/02/erster-eintrag.html")
        #expect(e.enclosures.first?.url == "https://blog.example.org/2023/02/podcast.mp3")
        #expect(e.categories == [Category(term: "politik", scheme: "https://blog.example.org/kategorien", label: "Politik")])
        #expect(e.content == "<p>Siehe <a href=\"https://blog.example.org/2023/02/bild.jpg\">das Bild</a>.</p>")
        #expect(e.contents.first?.type == "application/xhtml+xml")
        #expect(e.summary == "Kurzfassung")
        #expect(e.published == Date(timeIntervalSince1970: 1_675_670_400))
    }

    @Test func truncatedDocumentKeepsCompleteItems() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("truncated.xml"))
        #expect(feed.bozo)
        #expect(feed.bozoMessage != nil)
        #expect(feed.entries.map(\.title) == ["Eins", "Zwei"])
    }

    @Test func htmlEntitiesAndControlCharactersInMalformedXML() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("malformed-entities.xml"))
        #expect(feed.bozo)
        #expect(feed.title == "Kaputt\u{A0}aber lesbar")
        #expect(feed.entries.first?.title == "Café — Kultur & mehr")
        #expect(feed.entries.first?.summary == "Text mit Steuerzeichen und »Zitaten«")
        #expect(feed.entries.count == 2)
    }

    @Test func htmlPageIsNotAFeed() throws {
        #expect(throws: FeedParseError(kind: .notAFeed, message: "the document is not an RSS, RDF or Atom feed")) {
            try FeedParser.parse(try Fixture.bytes("html-page.html"))
        }
    }

    @Test(arguments: ["", "   \n\t ", "\u{FEFF}"])
    func emptyBodies(_ body: String) {
        do {
            _ = try FeedParser.parse(Array(body.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .empty)
        }
    }

    @Test(arguments: [
        ("<rss version=\"2.0\"><channel><title>t</title></channel></rss>", FeedFormat.rss20),
        ("<rss version=\"0.91\"><channel><title>t</title></channel></rss>", .rss091),
        ("<rss version=\"0.92\"><channel><title>t</title></channel></rss>", .rss092),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>", .atom10),
        ("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>t</title></feed>", .atom03),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>t</title></channel></rdf:RDF>", .rss10),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>t</title></channel></rdf:RDF>", .rss090),
    ])
    func formatFromRoot(_ xml: String, _ format: FeedFormat) throws {
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.format == format)
        #expect(feed.title == "t")
    }

    @Test func otherXMLIsNotAFeed() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array("<config><a/></config>".utf8)) }
    }

    @Test func jsonFeed() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("jsonfeed11.json"))
        #expect(feed.format == .json11)
        #expect(feed.title == "JSON-Nachrichten")
        let e = try #require(feed.entries.first)
        #expect(e.link == "https://json.example.de/artikel/1")
        #expect(e.author == "Eva Groß")
        #expect(e.content == "<p>Hallo</p>")
        #expect(e.published == Date(timeIntervalSince1970: 1_675_681_200))
        #expect(e.enclosures.first?.length == 1000)
    }

    @Test func httpCharsetWinsOverDeclarationWithWarning() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Gr\u{FC}\u{DF}e</title></channel></rss>"
        let latin1 = [UInt8](xml.data(using: .isoLatin1)!)
        let feed = try FeedParser.parse(latin1, options: ParseOptions(contentType: "application/rss+xml; charset=ISO-8859-1"))
        #expect(feed.title == "Grüße")
        #expect(feed.encoding == "iso-8859-1")
        #expect(feed.warnings.contains { $0.contains("differs") })
    }

    @Test func utf16WithBOM() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Öl</title></channel></rss>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "Öl")
        #expect(feed.encoding == "utf-16le")
    }

    @Test func dateWithoutZoneUsesDefaultZoneAndWarnsOnce() throws {
        let xml = "<rss version=\"2.0\"><channel><item><pubDate>2023-02-06 12:00:00</pubDate></item><item><pubDate>2023-02-06 13:00:00</pubDate></item></channel></rss>"
        let feed = try FeedParser.parse(Array(xml.utf8), options: ParseOptions(defaultTimeZone: berlin))
        #expect(feed.entries[0].published == Date(timeIntervalSince1970: 1_675_681_200))
        #expect(feed.warnings.filter { $0.contains("time zone") }.count == 1)
    }

    @Test func relativeURLsInsideEscapedHTMLResolved() throws {
        let xml = "<rss version=\"2.0\"><channel><item><description>&lt;a href=\"/artikel\"&gt;mehr&lt;/a&gt;</description></item></channel></rss>"
        let feed = try FeedParser.parse(Array(xml.utf8), options: ParseOptions(baseURL: "https://www.example.de/feed.xml"))
        #expect(feed.entries.first?.summary == "<a href=\"https://www.example.de/artikel\">mehr</a>")
    }

    @Test func unicodeWhitespaceTrimmedButInnerKept() throws {
        let xml = "<rss version=\"2.0\"><channel><title>&#160; Grüße\u{2009}aus Köln&#8195;\n</title></channel></rss>"
        #expect(try FeedParser.parse(Array(xml.utf8)).title == "Grüße\u{2009}aus Köln")
    }
}

@Suite struct AmpersandTests {
    @Test func bareAmpersandsInURLsSurvive() throws {
        let xml = "<rss version=\"2.0\"><channel><link>https://example.de/?a=1&b=2&c</link><item><title>A &amp; B</title><description><![CDATA[x & y]]></description></item></channel></rss>"
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.siteURL == "https://example.de/?a=1&b=2&c")
        #expect(feed.entries.first?.title == "A & B")
        #expect(feed.entries.first?.summary == "x & y")
        #expect(feed.bozo)
    }
}

@Suite struct ErrorKindTests {
    @Test(arguments: [
        ("<html><body><p>Seite</p></body></html>", FeedParseError.Kind.notAFeed),
        ("Nur Text, kein XML", .notAFeed),
        ("{\"not\": \"a feed\"}", .notAFeed),
        ("<?xml version=\"1.0\"?>\n<!-- <rss> --><", .malformed),
    ])
    func kinds(_ body: String, _ kind: FeedParseError.Kind) {
        switch FeedParser.parseResult(Array(body.utf8)) {
        case .success(let feed): Issue.record("parsed as \(feed.format)")
        case .failure(let error): #expect(error.kind == kind, "\(error.message)")
        }
    }

    @Test func unterminatedRootIsABozoFeed() throws {
        let feed = try FeedParser.parse(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"".utf8))
        #expect(feed.bozo)
        #expect(feed.entries.isEmpty)
    }
}
