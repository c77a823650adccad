import FeedModel
import FeedParsing
import Foundation

/// The evaluation corpus: the project's sample feeds with the gold labels of samples/MANIFEST.md,
/// articles written for this test (same event written independently, same topic different event),
/// and copies of all of them built by `CopyVariants`.
enum FixtureCorpus {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// Base items and their constructed copies, in time order.
    static let all: [FixtureItem] = {
        let bases = (try? sampleItems()) ?? []
        let articles = (try? writtenArticles()) ?? []
        let originals = (bases + articles).map(CopyVariants.labelled)
        let copies = originals.enumerated().flatMap { CopyVariants.variants(of: $1, index: $0) }
        return (originals + copies).sorted { ($0.time, $0.id) < ($1.time, $1.id) }
    }()

    /// Items of samples/feeds, labelled from gold.tsv (feed file and position).
    static func sampleItems() throws -> [FixtureItem] {
        let gold = try String(contentsOf: fixtures.appendingPathComponent("gold.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        var items: [FixtureItem] = []
        for file in Set(gold.map { $0[0] }).sorted() {
            let data = try Data(contentsOf: fixtures.appendingPathComponent("feeds/\(file)"))
            let feed = try FeedParser.parse(Array(data))
            for row in gold where row[0] == file {
                let entry = feed.entries[Int(row[1])! - 1]
                items.append(FixtureItem(
                    id: "\(file)#\(row[1])", feed: file, url: entry.link ?? "", title: entry.title ?? "",
                    time: entry.published ?? Date(timeIntervalSince1970: 0), language: feed.language,
                    text: HTMLText.plainText(entry.content ?? entry.summary ?? ""),
                    copyLabel: row[2], storyLabel: row[3], topic: row[4]))
            }
        }
        return items
    }

    /// Articles in Fixtures/articles: "key: value" header lines, a blank line, the body.
    static func writtenArticles() throws -> [FixtureItem] {
        let directory = fixtures.appendingPathComponent("articles")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let parts = text.components(separatedBy: "\n\n")
            var header: [String: String] = [:]
            for line in parts[0].split(separator: "\n") {
                let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                header[pair[0]] = pair[1]
            }
            return FixtureItem(
                id: header["id"]!, feed: header["feed"]!, url: header["url"]!, title: header["title"]!,
                time: ISO8601DateFormatter().date(from: header["time"]!)!, language: header["lang"],
                text: parts.dropFirst().joined(separator: "\n\n"), copyLabel: "-", storyLabel: header["story"]!,
                topic: header["topic"] ?? "-")
        }
    }
}
