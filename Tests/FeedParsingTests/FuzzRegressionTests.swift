import FeedModel
import FeedParsing
import Testing

/// Inputs the fuzzer (`make fuzz`) found, kept so their fixes stay fixed. Leaks show under
/// `make fuzz` (AddressSanitizer); here each input must still parse to the right result.
@Suite struct FuzzRegressionTests {
    /// An internal entity in the DTD: libxml2 attaches the raw value to the entity `getEntity`
    /// returns while reading the DTD; returning a private copy leaked it.
    @Test func internalEntityDeclarationDoesNotLeakItsRawValue() throws {
        let feed = try FeedParser.parse(try Fixture.bytes("fuzz/entity-orig-leak.xml"))
        #expect(feed.entries.first?.guid == "tag:example.com,2006-05-04:/blog/")
        #expect(!feed.bozo)
    }
}
