import FeedModel
import Fetching
import Foundation
import Ingest
import Logging
import Storage
import Synchronization
import TestSupport
import Testing

/// Ingest from a real loopback HTTP server into a real SQLite file, through real libcurl and libxml2.
@Suite struct EndToEndIngestTests {
    static let items = [
        SampleFeeds.Item(guid: "a-1", link: "https://nord.example/a1", title: "Lukaschenko in Peking", body: "Peking – Der belarussische Machthaber …"),
        SampleFeeds.Item(guid: "a-2", link: "https://nord.example/a2", title: "Haushalt beschlossen", body: "Berlin – Der Bundestag hat …"),
        SampleFeeds.Item(guid: nil, link: "https://nord.example/a3?utm_source=rss", title: "Ohne GUID", body: "München – Straßenbahn …"),
    ]

    struct Fixture {
        let server: FeedServer
        let directory: TemporaryDirectory
        let store: Store
        let pipeline: Pipeline

        static func make(
            analysis: Bool = false, fetchWindow: Int? = nil, minimumBatch: Int = 0,
            logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        ) async throws -> Fixture {
            let server = try FeedServer()
            try await server.start()
            let directory = try TemporaryDirectory()
            let store = try Store(path: directory.file("wirewatch.sqlite"))
            var options = FetchOptions()
            options.allowPrivateAddresses = true
            options.hostGap = 0
            options.maxPerHost = 4
            let pipeline = Pipeline(
                store: store, fetcher: Fetcher(options: options), schedule: ScheduleSettings(),
                logger: logger,
                analyzer: analysis ? ItemAnalyzer(store: store) : nil,
                syndicator: analysis ? ItemSyndicator(store: store) : nil, minimumBatch: minimumBatch, fetchWindow: fetchWindow)
            return Fixture(server: server, directory: directory, store: store, pipeline: pipeline)
        }

        func subscribe(_ paths: [String]) async throws -> [FeedState] {
            var subscriptions: [FeedSubscription] = []
            for path in paths { subscriptions.append(FeedSubscription(url: await server.url(path))) }
            try store.syncSubscriptions(subscriptions, at: Date())
            return try store.feeds()
        }

        func tearDown() async {
            await server.stop()
            directory.remove()
        }
    }

    @Test func storesNewItemsThenNothingOnASecondRun() async throws {
        let f = try await Fixture.make()
        await f.server.set("/nord.xml", .feed(SampleFeeds.rss(title: "Nordkurier", items: Self.items)))
        let feeds = try await f.subscribe(["/nord.xml"])

        let first = try await f.pipeline.ingest(feeds)
        #expect(first.run.itemsNew == 3)
        #expect(first.run.feedsOK == 1 && first.run.status == .ok)
        let stored = try f.store.items(ItemQuery())
        #expect(stored.count == 3)
        #expect(Set(stored.compactMap(\.title)) == ["Lukaschenko in Peking", "Haushalt beschlossen", "Ohne GUID"])
        #expect(try f.store.feeds().first?.title == "Nordkurier")

        let second = try await f.pipeline.ingest(try f.store.feeds())
        #expect(second.run.itemsNew == 0 && second.run.itemsUpdated == 0)
        #expect(second.feeds.first?.outcome == .unchanged)
        #expect(try f.store.items(ItemQuery()).count == 3)
        await f.tearDown()
    }

    @Test func aChangedItemIsAnUpdateWithARevisionNotASecondItem() async throws {
        let f = try await Fixture.make()
        await f.server.set("/nord.xml", .feed(SampleFeeds.rss(title: "Nordkurier", items: Self.items)))
        _ = try await f.pipeline.ingest(try await f.subscribe(["/nord.xml"]))

        var changed = Self.items
        changed[0].title = "Update: Lukaschenko in Peking eingetroffen"
        changed.append(.init(guid: "a-4", link: "https://nord.example/a4", title: "Neu", body: "Kiew – …"))
        await f.server.set("/nord.xml", .feed(SampleFeeds.rss(title: "Nordkurier", items: changed)))
        let report = try await f.pipeline.ingest(try f.store.feeds())

        #expect(report.run.itemsNew == 1)
        #expect(report.run.itemsUpdated == 1)
        let items = try f.store.items(ItemQuery())
        #expect(items.count == 4)
        let updated = try #require(items.first { $0.guid == "a-1" })
        #expect(updated.revision == 2)
        #expect(updated.title == "Update: Lukaschenko in Peking eingetroffen")
        await f.tearDown()
    }

    @Test func aFailingFeedIsRecordedAndTheOthersGoOn() async throws {
        let f = try await Fixture.make()
        await f.server.set("/good.xml", .feed(SampleFeeds.rss(title: "Gut", items: Self.items)))
        await f.server.set("/broken", .init(status: 500, body: Array("boom".utf8)))
        await f.server.set("/page.html", .init(headers: ["Content-Type": "text/html"], body: Array("<html><body>Hallo</body></html>".utf8)))
        let feeds = try await f.subscribe(["/good.xml", "/broken", "/page.html", "/missing.xml"])

        let report = try await f.pipeline.ingest(feeds)
        #expect(report.run.feedsOK == 1)
        #expect(report.run.feedsFailed == 3)
        #expect(report.run.status == .partial)
        #expect(report.run.itemsNew == 3)

        let fetches = try f.store.fetches(runID: report.run.id)
        #expect(fetches.count == 4)
        let byFeed = Dictionary(uniqueKeysWithValues: try f.store.feeds().map { ($0.url, $0) })
        let broken = try #require(byFeed[await f.server.url("/broken")])
        #expect(broken.lastOutcome == .httpError)
        #expect(broken.lastHTTPStatus == 500)
        #expect(broken.errorCount == 1)
        #expect(broken.lastError?.isEmpty == false)
        let page = try #require(byFeed[await f.server.url("/page.html")])
        #expect(page.lastOutcome == .notAFeed)
        let missing = try #require(byFeed[await f.server.url("/missing.xml")])
        #expect(missing.lastHTTPStatus == 404)
        #expect(fetches.allSatisfy { $0.outcome.isSuccess || $0.error != nil })
        await f.tearDown()
    }

    /// The daemon's windowed fetching (one feed between transfer start and analysis end at a time)
    /// stores every feed, failures included, exactly as the one-off path does.
    @Test func aFetchWindowOfOneStillStoresEveryFeedAndRecordsEveryFailure() async throws {
        let f = try await Fixture.make(analysis: true, fetchWindow: 1)
        var paths: [String] = []
        for n in 0..<6 {
            let items = Self.items.map { item in
                var copy = item
                copy.guid = item.guid.map { "\($0)-\(n)" }
                copy.link = item.link + "-\(n)"
                return copy
            }
            await f.server.set("/feed\(n).xml", .feed(SampleFeeds.rss(title: "Feed \(n)", items: items)))
            paths.append("/feed\(n).xml")
        }
        await f.server.set("/broken", .init(status: 500, body: Array("boom".utf8)))
        let report = try await f.pipeline.ingest(try await f.subscribe(paths + ["/broken", "/missing.xml"]))
        #expect(report.feeds.count == 8)
        #expect(report.run.feedsOK == 6 && report.run.feedsFailed == 2)
        #expect(report.run.itemsNew == 18)
        #expect(try f.store.items(ItemQuery()).count == 18)
        #expect(try f.store.fetches(runID: report.run.id).count == 8)
        await f.tearDown()
    }

    @Test func conditionalGetTurnsIntoNotModified() async throws {
        let f = try await Fixture.make()
        await f.server.set("/etag.xml", .feed(SampleFeeds.rss(title: "E", items: Self.items), etag: "W/\"v1\""))
        _ = try await f.pipeline.ingest(try await f.subscribe(["/etag.xml"]))
        let feed = try #require(try f.store.feeds().first)
        #expect(feed.etag == "W/\"v1\"")

        let second = try await f.pipeline.ingest([feed])
        #expect(second.feeds.first?.outcome == .notModified)
        #expect(second.run.status == .ok)
        #expect(try f.store.feeds().first?.etag == "W/\"v1\"")
        await f.tearDown()
    }

    @Test func newItemsAreAnalysedWithTheirLanguageAndMetadata() async throws {
        let f = try await Fixture.make(analysis: true)
        let german = SampleFeeds.Item(
            guid: "de-1", link: "https://nord.example/de1", title: "Lukaschenko zu Besuch in Peking",
            body: "Von: Bona Hyun</p><p>Peking – China empfängt heute den belarussischen Machthaber Alexander Lukaschenko. Beide Staaten wollen ihre Zusammenarbeit vertiefen, heißt es aus dem Außenministerium. (dpa)")
        await f.server.set("/de.xml", .feed(SampleFeeds.rss(title: "DE", items: [german])))
        _ = try await f.pipeline.ingest(try await f.subscribe(["/de.xml"]))
        let item = try #require(try f.store.items(ItemQuery()).first)
        let analysis = try #require(try f.store.analysis(itemID: item.id))
        #expect(analysis.language == "de")
        #expect(analysis.metadata.author == "Bona Hyun")
        #expect(analysis.metadata.dateline == "Peking")
        #expect(!analysis.cleanText.contains("Von:"))
        #expect(analysis.keyphrases.contains { $0.phrase.contains("Lukaschenko") })
        await f.tearDown()
    }

    @Test func aPermanentRedirectMovesTheFeedAfterThreeConsecutiveFetches() async throws {
        let f = try await Fixture.make()
        await f.server.set("/new.xml", .feed(SampleFeeds.rss(title: "Neu", items: Self.items)))
        await f.server.set("/old.xml", .init(status: 301, headers: ["Location": await f.server.url("/new.xml")]))
        await f.server.set("/temp.xml", .init(status: 302, headers: ["Location": await f.server.url("/new.xml")]))
        var feeds = try await f.subscribe(["/old.xml", "/temp.xml"])
        for round in 1...3 {
            let report = try await f.pipeline.ingest(feeds)
            #expect(report.run.feedsFailed == 0)
            feeds = try f.store.feeds()
            let old = try #require(feeds.first { $0.url.hasSuffix("/old.xml") })
            #expect((old.movedTo != nil) == (round == 3), "round \(round)")
        }
        let old = try #require(feeds.first { $0.url.hasSuffix("/old.xml") })
        #expect(old.movedTo == (await f.server.url("/new.xml")))
        #expect(feeds.first { $0.url.hasSuffix("/temp.xml") }?.movedTo == nil)
        let hitsBefore = await f.server.hits("/old.xml")
        _ = try await f.pipeline.ingest(feeds)
        #expect(await f.server.hits("/old.xml") == hitsBefore)
        #expect(try f.store.items(ItemQuery(feedURL: old.url)).count == 3)
        await f.tearDown()
    }

    @Test func copiesOnTwoSitesJoinOneSyndicationGroupAndStory() async throws {
        let f = try await Fixture.make(analysis: true)
        let body = "Brüssel – Die Innenminister der EU haben sich am Donnerstag auf ein gemeinsames Lagebild "
            + "an den Außengrenzen geeinigt. Die Grenzschutzagentur Frontex soll das System bis Ende 2027 aufbauen, "
            + "teilte die EU-Kommission mit. Kritik kam von Menschenrechtsorganisationen, die eine stärkere Kontrolle "
            + "der Einsätze forderten. Die Kosten werden auf 300 Millionen Euro geschätzt. (dpa)"
        await f.server.set("/a.xml", .feed(SampleFeeds.rss(title: "A", items: [
            .init(guid: "a1", link: "https://a.example/eu-grenzen", title: "EU einigt sich auf Grenz-Lagebild", body: body)])))
        await f.server.set("/b.xml", .feed(SampleFeeds.rss(title: "B", items: [
            .init(guid: "b1", link: "https://b.example/politik/eu?utm_source=rss", title: "Grenzschutz: EU-Minister einig", body: body)])))
        _ = try await f.pipeline.ingest(try await f.subscribe(["/a.xml", "/b.xml"]))
        let items = try f.store.items(ItemQuery())
        #expect(items.count == 2)
        let syndication = try f.store.syndication(itemIDs: items.map(\.id))
        let groups = Set(items.compactMap { syndication[$0.id]?.groupID })
        #expect(groups.count == 1)
        #expect(Set(items.compactMap { syndication[$0.id]?.storyID }).count == 1)
        #expect(try f.store.groupMembers(itemID: items[0].id).count == 2)
        await f.tearDown()
    }

    /// With analysis and a minimum batch larger than the whole run, the writer waits for the last
    /// feed and commits once: nothing is left behind when fewer items than the minimum ever come.
    @Test func aMinimumBatchGroupsTheCommitsAndLosesNothing() async throws {
        let log = CapturedLog()
        let f = try await Fixture.make(analysis: true, minimumBatch: 1_000, logger: log.logger)
        var paths: [String] = []
        for site in 0..<5 {
            let items = (0..<3).map { n in
                SampleFeeds.Item(guid: "s\(site)-\(n)", link: "https://s\(site).example/\(n)", title: "Meldung \(site)-\(n) aus Berlin",
                                 body: "Berlin – Der Bundestag hat am Donnerstag über den Haushalt \(n) beraten, sagte Olaf Scholz.")
            }
            await f.server.set("/s\(site).xml", .feed(SampleFeeds.rss(title: "Site \(site)", items: items)))
            paths.append("/s\(site).xml")
        }
        let report = try await f.pipeline.ingest(try await f.subscribe(paths))
        #expect(report.run.itemsNew == 15 && report.run.feedsOK == 5)
        #expect(log.messages.filter { $0 == "group commit" }.count == 1)
        let items = try f.store.items(ItemQuery())
        #expect(items.count == 15)
        #expect(try f.store.unsyndicatedItemIDs(limit: 100).isEmpty)
        #expect(try f.store.syndication(itemIDs: items.map(\.id)).count == 15)
        await f.tearDown()
    }

    @Test func goneDisablesTheFeedWithAReason() async throws {
        let f = try await Fixture.make()
        await f.server.set("/gone.xml", .init(status: 410))
        let report = try await f.pipeline.ingest(try await f.subscribe(["/gone.xml"]))
        #expect(report.feeds.first?.outcome == .gone)
        let feed = try #require(try f.store.feeds().first)
        #expect(feed.enabled == false)
        #expect(feed.disabledReason?.contains("410") == true)
        await f.tearDown()
    }
}

/// Log messages of one test, at debug level.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    var messages: [String] { lines.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(log: self) }
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            log.lines.withLock { $0.append(event.message.description) }
        }
    }
}
