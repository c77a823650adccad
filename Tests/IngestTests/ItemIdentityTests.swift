import FeedModel
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
}
