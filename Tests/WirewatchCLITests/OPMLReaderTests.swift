import Digest
import Foundation
import Testing
@testable import WirewatchCLI

@Suite("OPML")
struct OPMLReaderTests {
    @Test("Miniflux: categories become tags")
    func miniflux() throws {
        let feeds = try OPMLReader.feeds(from: Data(OPMLFixtures.miniflux.utf8))
        #expect(feeds.map(\.title) == ["Tagesschau", "Deutschlandfunk & Co", "heise online"])
        #expect(feeds.map(\.tags) == [["Politik"], ["Politik"], ["All"]])
        #expect(feeds[0].siteURL == "https://www.tagesschau.de/")
    }

    @Test("newsboat: flat list, titles kept")
    func newsboat() throws {
        let feeds = try OPMLReader.feeds(from: Data(OPMLFixtures.newsboat.utf8))
        #expect(feeds.count == 3 && feeds.allSatisfy(\.tags.isEmpty))
        #expect(feeds[1].title == "BBC News - World")
    }

    @Test("FreshRSS: nested outlines and category attribute become tags")
    func freshRSS() throws {
        let feeds = try OPMLReader.feeds(from: Data(OPMLFixtures.freshRSS.utf8))
        #expect(feeds.map(\.tags) == [["Nachrichten", "Regional", "Brandenburg"], ["Nachrichten"]])
    }

    @Test("written OPML reads back the same feeds", arguments: [OPMLFixtures.miniflux, OPMLFixtures.newsboat, OPMLFixtures.freshRSS])
    func roundTrip(fixture: String) throws {
        let feeds = try OPMLReader.feeds(from: Data(fixture.utf8))
        let again = try OPMLReader.feeds(from: Data(OPMLWriter().write(feeds, date: Date()).utf8))
        #expect(Set(again) == Set(feeds))
    }

    @Test("not OPML is a clear error", arguments: ["<rss version=\"2.0\"/>", "<opml><body><outline", ""])
    func rejects(text: String) {
        #expect(throws: OPMLError.self) { try OPMLReader.feeds(from: Data(text.utf8)) }
    }
}
