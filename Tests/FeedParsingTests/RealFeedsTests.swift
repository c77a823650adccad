import FeedModel
import FeedParsing
import Foundation
import Testing

/// The 192 real-world feeds of ../shared/oracles/realfeeds (skipped when absent).
@Suite struct RealFeedsTests {
    struct Row {
        var file: String
        var items: Int
    }

    static func manifest() -> (URL, [Row])? {
        guard let dir = Fixture.oracle("realfeeds"),
              let text = try? String(contentsOf: dir.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return nil }
        var rows: [Row] = []
        var header: [Substring] = []
        for line in text.split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            if header.isEmpty { header = cols; continue }
            guard let f = header.firstIndex(of: "file"), let i = header.firstIndex(of: "items"), cols.count > max(f, i),
                  let items = Int(cols[i]) else { continue }
            rows.append(Row(file: String(cols[f]), items: items))
        }
        return (dir, rows)
    }

    @Test func everyFileParsesWithManifestItemCounts() throws {
        guard let (dir, rows) = Self.manifest() else { return }
        #expect(rows.count == 192)
        for row in rows {
            let data = [UInt8](try Data(contentsOf: dir.appendingPathComponent(row.file)))
            switch FeedParser.parseResult(data) {
            case .success(let feed):
                #expect(feed.entries.count == row.items, "\(row.file)")
                if row.items > 0 {
                    let described = feed.entries.filter {
                        !($0.title ?? "").isEmpty || !($0.link ?? "").isEmpty || $0.summary != nil || $0.content != nil
                            || !$0.enclosures.isEmpty || !$0.extensions.isEmpty
                    }
                    #expect(described.count * 2 >= feed.entries.count, "\(row.file): most entries carry something")
                }
                for e in feed.entries { #expect(e.link.map { !$0.contains(" ") || $0.hasPrefix("http") } ?? true, "\(row.file)") }
            case .failure(let error):
                Issue.record("\(row.file): \(error)")
            }
        }
    }
}
