import ArgumentParser
import FeedModel
import FeedParsing
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `wirewatch parse FILE…`: parses feed files and prints what the parser read.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed files and print the result (for checking the parser).")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case feedparserJSON = "feedparser-json"
        case json
    }

    @Argument(help: "Feed files to parse.")
    var files: [String] = []

    @Option(help: "Output: feedparser-json (feedparser's field names) or json (wirewatch's model).")
    var format: OutputFormat = .feedparserJSON

    @Option(name: .customLong("content-type"), help: "HTTP Content-Type to assume (its charset counts).")
    var contentType: String?

    @Option(name: .customLong("base-url"), help: "URL the document came from, for relative links.")
    var baseURL: String?

    @Flag(help: "One JSON line per file: {\"path\": FILE, \"result\": …}.")
    var batch = false

    @Flag(help: "Print only totals (files, items, bytes, failures, seconds): for benchmarks.")
    var stats = false

    @Option(name: .customLong("files-from"), help: "Also parse the files listed in this file, one path a line.")
    var filesFrom: String?

    func run() async throws {
        var all = files
        if let filesFrom {
            guard let list = FileManager.default.contents(atPath: filesFrom) else { throw ValidationError("cannot read \(filesFrom)") }
            all += String(decoding: list, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        if stats { return try printStats(all) }
        for file in all {
            guard let data = Self.readFile(file) else {
                throw ValidationError("cannot read \(file)")
            }
            let line = render(FeedParser.parseResult(data, options: ParseOptions(baseURL: baseURL, contentType: contentType)))
            print(batch ? "{\"path\":\(quoted(file)),\"result\":\(line)}" : line)
        }
    }

    /// Parses every file and prints one line of totals; the time covers parsing only (files are read first, one at a time).
    private func printStats(_ paths: [String]) throws {
        var items = 0, bytes = 0, failures = 0
        var parsing = Duration.zero
        let clock = ContinuousClock()
        let options = ParseOptions(baseURL: baseURL, contentType: contentType)
        for path in paths {
            guard let input = Self.readFile(path) else { throw ValidationError("cannot read \(path)") }
            bytes += input.count
            let start = clock.now
            let result = FeedParser.parseResult(input, options: options)
            parsing += clock.now - start
            switch result {
            case .success(let feed): items += feed.entries.count
            case .failure: failures += 1
            }
        }
        let seconds = Double(parsing.components.seconds) + Double(parsing.components.attoseconds) / 1e18
        print("parse stats: files \(paths.count) items \(items) bytes \(bytes) failures \(failures) seconds \(String(format: "%.4f", seconds))")
    }

    /// The file's bytes, read straight into an array (no `Data` and no second copy); nil when
    /// it cannot be opened or read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // One byte more than the size: a read that fills it means the file is still growing.
        var want = max(Int(info.st_size), 0) + 1
        var result: [UInt8] = []
        while true {
            var ended = false, failed = false
            let part = [UInt8](unsafeUninitializedCapacity: want) { buf, count in
                var done = 0
                while done < want {
                    let n = read(fd, buf.baseAddress! + done, want - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if n == 0 { ended = true; break }
                    done += n
                }
                count = done
            }
            if failed { return nil }
            if result.isEmpty { result = part } else { result += part }
            if ended { return result }
            want = max(want, 1 << 16)
        }
    }

    private func render(_ result: Result<ParsedFeed, FeedParseError>) -> String {
        switch (result, format) {
        case (.success(let feed), .feedparserJSON): return FeedparserJSON.jsonLine(feed)
        case (.failure(let error), .feedparserJSON): return FeedparserJSON.errorLine(error)
        case (.success(let feed), .json):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            return (try? encoder.encode(feed)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        case (.failure(let error), .json):
            return "{\"error\":\(quoted(error.kind.rawValue)),\"message\":\(quoted(error.message))}"
        }
    }

    private func quoted(_ s: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
