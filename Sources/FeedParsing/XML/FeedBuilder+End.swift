import Foundation
import FeedModel

extension FeedBuilder {
    /// Stores the value of a finished element where it belongs.
    func endElement(_ f: Frame, value: String) {
        let depth = stack.count + 1
        if ignoredDepth > 0 {
            if depth == ignoredDepth { ignoredDepth = 0 }
            return
        }
        if depth == sourceDepth { finishSource(f, value: value); return }
        if person != nil {
            endPersonField(f, value: value, depth: depth)
        } else if let sub = subObject {
            if depth == subDepth { subObject = nil; return }
            guard !value.isEmpty else { return }
            feed.details.extensions[sub + "." + extensionKey(f.key)] = value
            if sub == "image", f.name == .url { feed.details.image = feed.details.image ?? URLResolver.resolve(value, against: f.base) }
        } else if inEntry {
            if depth == entryDepth + 1 { finishEntry() } else { setEntryField(f, value: value) }
        } else {
            setFeedField(f, value: value)
        }
    }

    private func finishSource(_ f: Frame, value: String) {
        let src = feed
        feed = savedFeed ?? ParsedFeed()
        entry = savedEntry
        inEntry = entry != nil
        savedFeed = nil
        savedEntry = nil
        sourceDepth = 0
        var s = EntrySource(title: src.title, link: src.siteURL, subtitle: src.subtitle, updated: src.updated, details: src.details)
        s.details.extensions["version"] = nil
        if !isAtom {
            s.title = value.isEmpty ? nil : value
            s.href = f.attr("url").map { URLResolver.resolve($0, against: f.base) }
        }
        entry?.source = s
    }

    private func endPersonField(_ f: Frame, value: String, depth: Int) {
        if depth == personDepth {
            let p = person!
            person = nil
            if p.name == nil && p.email == nil && p.uri == nil, !value.isEmpty {
                addPerson(PersonParser.parse(value), role: personRole)
            } else {
                addPerson(p, role: personRole)
            }
            return
        }
        switch f.name {
        case .name, .itunes_name: person!.name = value
        case .email, .itunes_email: person!.email = value
        case .uri, .url, .homepage: person!.uri = URLResolver.resolve(value, against: f.base)
        default: break
        }
    }

    func addPerson(_ p: Person, role: String) {
        if inEntry {
            switch role {
            case "contributor": entry!.contributors.append(p)
            case "publisher": entry!.publisher = p
            default: entry!.authors.append(p)
            }
        } else {
            switch role {
            case "contributor": feed.details.contributors.append(p)
            case "publisher": feed.details.publisher = p
            default: feed.details.authors.append(p)
            }
        }
    }

    private func finishEntry() {
        guard inEntry else { return }
        inEntry = false
        // Entries are large: room for a typical feed's worth up front, not six regrowths.
        if feed.entries.capacity == 0 { feed.entries.reserveCapacity(16) }
        feed.entries.append(entry.take()!)
        complete(&feed.entries[feed.entries.count - 1])
    }

    /// Fills what follows from the rest: link from a permalink guid, summary from content, author.
    private func complete(_ e: inout Entry) {
        if e.link == nil, let guid = e.guid, e.extensions["guidislink"] == "true" {
            e.link = URLResolver.resolve(guid, against: nil)
        }
        if e.summaryDetail == nil, let first = e.contents.first,
           ["text/plain", "text/html", "application/xhtml+xml"].contains(first.type) {
            e.summary = first.value
            e.summaryDetail = first
        }
        if e.authors.count == 1 {
            e.author = e.authors[0].name ?? e.authors[0].email
        } else {
            let names = e.authors.compactMap { $0.name ?? $0.email }
            e.author = names.isEmpty ? nil : names.joined(separator: ", ")
        }
    }

    func detail(_ f: Frame, _ value: String) -> TextDetail {
        let kind = f.construct ?? .plain
        return TextDetail(value: value, type: kind.mime, language: f.lang, base: f.base,
                          src: f.attr("src").map { URLResolver.resolve($0, against: f.base) })
    }

    func date(_ value: String) -> Date? {
        guard let parsed = FeedDate.parseDetailed(value, defaultTimeZone: options.defaultTimeZone) else { return nil }
        if !parsed.hadZone, !assumedZone {
            assumedZone = true
            feed.warnings.append("date without time zone read in \(options.defaultTimeZone.identifier): \(value)")
        }
        return parsed.date
    }

    /// Generic extension key: "itunes:explicit" → "itunes_explicit".
    func extensionKey(_ key: String) -> String {
        guard key.utf8.contains(UInt8(ascii: ":")) else { return key }
        // ASCII keys (nearly all): a byte swap, not a Foundation search.
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.replacingOccurrences(of: ":", with: "_") }
        return String(decoding: key.utf8.map { $0 == UInt8(ascii: ":") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }

    /// `itunes:keywords`: comma-separated terms become categories, each once.
    func addKeywords(_ value: String) {
        for term in value.split(separator: ",").map({ $0.trimmingSpaces }) where !term.isEmpty {
            let existing = inEntry ? entry!.categories : feed.details.categories
            if !existing.contains(where: { $0.term == term }) { addCategory(Category(term: term, scheme: "http://www.itunes.com/")) }
        }
    }
}
