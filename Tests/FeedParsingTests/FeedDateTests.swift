import FeedParsing
import Foundation
import Testing

@Suite struct FeedDateTests {
    let utc = TimeZone(identifier: "UTC")!

    /// Seconds since 1970 of an ISO timestamp "YYYY-MM-DDTHH:MM:SSZ" (proleptic Gregorian).
    static func epoch(_ iso: String) -> Double {
        let n = iso.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        var y = n[0], m = n[1]
        if m <= 2 { y -= 1; m += 12 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m - 3) + 2) / 5 + n[2] - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        return Double(days * 86_400 + n[3] * 3600 + n[4] * 60 + n[5])
    }

    struct OracleCase: Decodable {
        var input: String?
        var expected_iso: String?
        var xml_case: String?
        var path: [PathElement]?
        var expected: [Int]?
    }

    enum PathElement: Decodable {
        case key(String), index(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { self = .index(i) } else { self = .key(try c.decode(String.self)) }
        }
    }

    struct FeedCase: Decodable {
        var path: String
        var data_b64: String
    }

    /// The oracle's date cases that live inside feed documents: parse the document, read the date at the path.
    @Test func feedparserDateOracleInsideDocuments() throws {
        guard let dates = Fixture.oracle("feedparser/dates_pypi_6.0.14.jsonl"),
            let feeds = Fixture.oracle("feedparser/cases_pypi_6.0.14.jsonl")
        else { return }
        var documents: [String: String] = [:]
        for line in try String(contentsOf: feeds, encoding: .utf8).split(separator: "\n") {
            let c = try JSONDecoder().decode(FeedCase.self, from: Data(line.utf8))
            documents[c.path] = c.data_b64
        }
        var checked = 0
        for line in try String(contentsOf: dates, encoding: .utf8).split(separator: "\n") {
            let c = try JSONDecoder().decode(OracleCase.self, from: Data(line.utf8))
            guard c.input == nil, let name = c.xml_case, let path = c.path else { continue }
            let key = documents.keys.first { $0 == name || $0.hasSuffix("/" + name) }
            let b64 = try #require(key.flatMap { documents[$0] }, "no document \(name)")
            let feed = try FeedParser.parse(Array(Data(base64Encoded: b64)!), options: ParseOptions())
            var value: Any? = FeedparserJSON.dictionary(feed)
            for element in path {
                switch element {
                case .key(let k): value = (value as? [String: Any])?[k]
                case .index(let i): value = (value as? [Any]).flatMap { i < $0.count ? $0[i] : nil }
                }
            }
            #expect((value as? [Int]) == c.expected, "\(name)")
            checked += 1
        }
        #expect(checked == 30)
    }

    @Test func feedparserDateOracle() throws {
        guard let url = Fixture.oracle("feedparser/dates_pypi_6.0.14.jsonl") else { return }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 101)
        var checked = 0
        for line in lines {
            let c = try JSONDecoder().decode(OracleCase.self, from: Data(line.utf8))
            guard let input = c.input else { continue }
            let parsed = FeedDate.parse(input, defaultTimeZone: utc)
            if let iso = c.expected_iso {
                #expect(parsed?.timeIntervalSince1970 == Self.epoch(iso), "\(input)")
            } else {
                #expect(parsed == nil, "\(input) must be rejected")
            }
            checked += 1
        }
        #expect(checked > 60)
    }

    @Test(arguments: [
        ("Mo, 06 Feb 2023 12:00:00 +0100", "2023-02-06T11:00:00Z"),
        ("Di, 07 Mär 2023 08:15:00 MEZ", "2023-03-07T07:15:00Z"),
        ("Mi, 12 Mrz 2023 08:15 MESZ", "2023-03-12T06:15:00Z"),
        ("Do, 01 Okt 2020 10:00:00 CEST", "2020-10-01T08:00:00Z"),
        ("Fr, 24 Dez 2021 18:00:00 CET", "2021-12-24T17:00:00Z"),
        ("Sa, 01 Mai 2021 00:00:00 GMT", "2021-05-01T00:00:00Z"),
        ("So, 5. Jun 2022 09:30:00 Z", "2022-06-05T09:30:00Z"),
        ("Sun, 06 Nov 1994 08:49:37 EST", "1994-11-06T13:49:37Z"),
        ("Sunday, 06 Nov 1994 08:49:37 PDT", "1994-11-06T15:49:37Z"),
        ("2023-02-06T12:00:00.123+01:00", "2023-02-06T11:00:00Z"),
        ("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z"),
        // Compact ISO times and dates (the digit runs are read in place).
        ("2004-07-13T1230Z", "2004-07-13T12:30:00Z"),
        ("20040713T123045+0200", "2004-07-13T10:30:45Z"),
        ("2003-06-10T0400-0700", "2003-06-10T11:00:00Z"),
        ("2004196", "2004-07-14T00:00:00Z"),
    ])
    func realWorldForms(_ input: String, _ iso: String) {
        #expect(FeedDate.parse(input, defaultTimeZone: utc)?.timeIntervalSince1970 == Self.epoch(iso))
    }

    @Test func missingZoneUsesDefault() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        #expect(FeedDate.parse("2023-07-01 12:00:00", defaultTimeZone: berlin)?.timeIntervalSince1970 == Self.epoch("2023-07-01T10:00:00Z"))
        #expect(FeedDate.parse("06 Feb 2023 12:00", defaultTimeZone: berlin)?.timeIntervalSince1970 == Self.epoch("2023-02-06T11:00:00Z"))
    }

    @Test(arguments: ["", "gestern", "32 Jan 2023", "2023-13-01", "Mo, 06 Foo 2023 12:00:00 GMT"])
    func rejects(_ input: String) {
        #expect(FeedDate.parse(input, defaultTimeZone: utc) == nil)
    }
}
