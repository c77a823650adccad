import FeedModel
import Foundation
import Testing

@testable import Ingest

@Suite struct ItemIdentityTests {
    @Test func guidWinsOverLink() {
        let entry = Entry(guid: "  urn:x:1 ", link: "https://a.example/1", title: "T")
        #expect(ItemIdentity.key(for: entry) == "guid:urn:x:1")
    }

    @Test func linkIsNormalisedWhenThereIsNoGuid() {
        let a = Entry(link: "HTTPS://Nord.Example:443/a?utm_source=rss&id=7#top", title: "T")
        let b = Entry(link: "https://nord.example/a?id=7", title: "T, changed")
        #expect(ItemIdentity.key(for: a) == ItemIdentity.key(for: b))
        #expect(ItemIdentity.key(for: a) == "link:https://nord.example/a?id=7")
    }

    @Test func titleAndContentHashWhenThereIsNeither() {
        let a = Entry(title: "Straße", content: "Größe")
        let b = Entry(title: "Strasse", content: "Größe")
        #expect(ItemIdentity.key(for: a).hasPrefix("hash:"))
        #expect(ItemIdentity.key(for: a) != ItemIdentity.key(for: b))
        #expect(ItemIdentity.key(for: a) == ItemIdentity.key(for: Entry(title: "Straße", content: "Größe")))
    }

    @Test func contentHashChangesWithTheBodyButNotWithTheDate() {
        let a = Entry(guid: "1", title: "T", summary: "eins")
        var b = a
        b.summary = "zwei"
        var c = a
        c.published = .distantPast
        #expect(ItemIdentity.contentHash(for: a) != ItemIdentity.contentHash(for: b))
        #expect(ItemIdentity.contentHash(for: a) == ItemIdentity.contentHash(for: c))
    }

    @Test func bodyHashIsSHA256() {
        #expect(ItemIdentity.bodyHash(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Stored content hashes must not change between versions (a changed hash is a new revision):
    /// the value is SHA-256 over each field's UTF-8 and a zero byte, computed outside Swift.
    @Test func contentHashIsStableAcrossVersions() {
        let entry = Entry(
            guid: "g", link: "https://example.org/a", title: "Grüße aus Köln", author: "Anna", summary: "Kurz.",
            content: "<p>Lang</p>",
            enclosures: [Enclosure(url: "https://example.org/a.mp3"), Enclosure(url: "https://example.org/b.mp3")])
        #expect(ItemIdentity.contentHash(for: entry) == "774be4bbc57956860dec2480f71b573dbe7d2d9af344678176b93f5b44e8b1e6")
    }

    @Test func guidTrimmingIsFoundationsWhitespaceAndNewlines() {
        let guids = [
            "urn:x:1", " urn:x:1", "urn:x:1\n", "\t urn \r\n", "\u{A0}urn\u{A0}", "urn\u{2028}", "\u{3000}東京\u{3000}",
            "\u{85}x\u{85}", "\u{1C}x\u{1F}", "x\u{FEFF}", "", " ", "\u{A0}", "ü", " ü ", "e\u{301}", "\u{200B}x",
        ]
        for guid in guids {
            #expect(ItemIdentity.trimmed(guid) == guid.trimmingCharacters(in: .whitespacesAndNewlines), "\(guid.unicodeScalars.map(\.value))")
        }
    }
}
