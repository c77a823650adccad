import FeedModel
import FeedParsing
import Testing

/// What a feed says about polling: ttl, the syndication module, skipHours and skipDays.
@Suite struct PollHintTests {
    @Test func rss2ChannelHints() throws {
        let xml = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>
            <ttl> 60 </ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>
            <skipHours><hour>1</hour><hour>2</hour><hour>24</hour></skipHours><skipDays><day>Sunday</day><day>Saturday</day></skipDays>
            <item><title>x</title><ttl>5</ttl></item></channel></rss>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.ttlMinutes == 60)
        #expect(feed.updatePeriod == "hourly" && feed.updateFrequency == 2)
        #expect(feed.skipHours == [0, 1, 2])
        #expect(feed.skipDays == [1, 7])
    }

    @Test func rdfSyndicationModule() throws {
        let xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
            <channel rdf:about="https://x.example/"><title>T</title><link>https://x.example/</link>
            <sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel>
            <item rdf:about="https://x.example/1"><title>Eins</title><link>https://x.example/1</link></item>
            </rdf:RDF>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.updatePeriod == "daily" && feed.updateFrequency == 4)
        #expect(PollHints.updatePeriod(feed.updatePeriod, frequency: feed.updateFrequency.map(String.init)) == 21600)
    }
}
