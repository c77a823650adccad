// libFuzzer entry point over the feed parser and the HTML-to-text converter.
// Built by scripts/fuzz.sh (`make fuzz`), not by the package: it needs -sanitize=fuzzer,address.
import FeedModel
import FeedParsing

@_cdecl("LLVMFuzzerTestOneInput")
public func feedParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks a content type, so HTTP charset handling is fuzzed too.
    let contentTypes: [String?] = [
        nil, "application/rss+xml; charset=utf-8", "text/xml; charset=iso-8859-1", "application/atom+xml",
        "text/html; charset=windows-1252", "application/feed+json", "text/xml; charset=utf-16",
    ]
    let contentType = contentTypes[Int(bytes.first ?? 0) % contentTypes.count]
    let options = ParseOptions(baseURL: "https://fuzz.example/feed/", contentType: contentType)
    if let feed = try? FeedParser.parse(bytes, options: options) {
        for entry in feed.entries.prefix(4) {
            _ = HTMLText.plainText(entry.content ?? entry.summary ?? "")
        }
    }
    return 0
}
