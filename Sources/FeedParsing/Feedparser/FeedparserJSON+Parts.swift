import Foundation
import FeedModel

extension FeedparserJSON {
    static func detail(_ t: TextDetail) -> [String: Any] {
        var d: [String: Any] = ["value": t.value, "type": t.type]
        d["language"] = t.language ?? NSNull()
        d["base"] = t.base ?? ""
        if let src = t.src { d["src"] = src }
        return d
    }

    static func link(_ l: Link) -> [String: Any] {
        var d: [String: Any] = ["href": l.href, "rel": l.rel]
        d["type"] = l.type
        d["title"] = l.title
        d["length"] = l.length
        d["hreflang"] = l.hreflang
        return d
    }

    static func tag(_ c: FeedModel.Category) -> [String: Any] {
        ["term": c.term, "scheme": c.scheme ?? NSNull(), "label": c.label ?? NSNull()]
    }

    static func enclosure(_ e: Enclosure) -> [String: Any] {
        var d: [String: Any] = ["href": e.url]
        d["type"] = e.type
        d["length"] = e.length.map(String.init)
        return d
    }

    static func person(_ p: Person) -> [String: Any] {
        var d: [String: Any] = [:]
        d["name"] = p.name
        d["email"] = p.email
        d["href"] = p.uri
        return d
    }

    /// feedparser's `author` string: "Name (email)", "Name" or "email".
    static func personString(_ p: Person) -> String {
        switch (p.name, p.email) {
        case let (n?, e?): return "\(n) (\(e))"
        case let (n?, nil): return n
        case let (nil, e?): return e
        default: return ""
        }
    }

    static func addPeople(_ out: inout [String: Any], authors: [Person], contributors: [Person]) {
        if let first = authors.first {
            out["author"] = personString(first)
            out["author_detail"] = person(first)
            out["authors"] = authors.map(person)
        }
        if !contributors.isEmpty { out["contributors"] = contributors.map(person) }
    }

    /// `key` and `key_parsed`; without a parsed date the raw text is read here (in UTC).
    static func addDate(_ out: inout [String: Any], _ key: String, _ date: Date?, raw: String?) {
        guard let raw else { return }
        out[key] = raw
        let parsed = date ?? FeedDate.parse(raw, defaultTimeZone: TimeZone(identifier: "UTC")!)
        out[key + "_parsed"] = parsed.map(timeTuple) ?? NSNull()
    }

    /// Extension values under feedparser's keys: "image.width" nests as image{width}; iTunes
    /// block/explicit become feedparser's numbers and booleans; coordinates become numbers.
    static func applyExtensions(_ ext: [String: String], into out: inout [String: Any]) {
        for (key, value) in ext where key != "version" {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                var dict = out[parts[0]] as? [String: Any] ?? [:]
                dict[parts[1]] = ["width", "height"].contains(parts[1]) ? (Int(value) ?? 0) as Any : value
                out[parts[0]] = dict
            } else {
                out[key] = extensionValue(key, value)
            }
        }
        if let whereType = ext["where.type"], let coords = ext["where.coordinates"] {
            out["where"] = ["type": whereType, "coordinates": GeoCoordinates.json(type: whereType, coords)]
        }
    }

    private static func extensionValue(_ key: String, _ value: String) -> Any {
        switch key {
        case "itunes_block": return value == "yes" ? 1 : 0
        case "itunes_explicit":
            switch value {
            case "yes": return true
            case "clean": return false
            default: return NSNull()
            }
        default: return value
        }
    }

    /// Python's `time.struct_time` in UTC: year, month, day, hour, minute, second, weekday
    /// (Monday = 0), day of year, isdst (0).
    static func timeTuple(_ date: Date) -> [Int] {
        let secs = Int(floor(date.timeIntervalSince1970))
        let days = Int(floor(Double(secs) / 86_400))
        let rem = secs - days * 86_400
        let (y, m, d) = civil(days)
        let yday = days - CivilTime.daysFromCivil(year: y, month: 1, day: 1) + 1
        let wday = ((days % 7) + 7 + 3) % 7
        return [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, yday, 0]
    }

    private static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
