import Foundation
import FeedModel

extension FeedBuilder {
    /// Stores the value of a finished element where it belongs.
    func endElement(_ f: Frame, value: String) {
        let depth = stack.count + 1
        if ignoredDepth > 0 {
            if depth == ignoredDepth { ignoredDepth = 0 } else if f.key == "url", entry == nil, stack.last?.key == "image" {
                feed.details.image = feed.details.image ?? URLResolver.resolve(value, against: f.base)
            }
            return
        }
        if person != nil {
            endPersonField(f, value: value, depth: depth)
        } else if entry != nil {
            if depth == entryDepth + 1 { finishEntry() } else { setEntryField(f, value: value) }
        } else {
            setFeedField(f, value: value)
        }
    }

    private func endPersonField(_ f: Frame, value: String, depth: Int) {
        if depth == personDepth {
            let p = person!
            person = nil
            let isContributor = f.key == "contributor"
            if p.name == nil && p.email == nil && p.uri == nil, !value.isEmpty {
                addPerson(PersonParser.parse(value), contributor: isContributor)
            } else {
                addPerson(p, contributor: isContributor)
            }
            return
        }
        switch f.key {
        case "name": person!.name = value
        case "email": person!.email = value
        case "uri", "url", "homepage": person!.uri = URLResolver.resolve(value, against: f.base)
        default: break
        }
    }

    func addPerson(_ p: Person, contributor: Bool) {
        if entry != nil {
            if contributor { entry!.contributors.append(p) } else { entry!.authors.append(p) }
        } else {
            if contributor { feed.details.contributors.append(p) } else { feed.details.authors.append(p) }
        }
    }

    private func finishEntry() {
        guard var e = entry else { return }
        entry = nil
        if e.link == nil, let guid = e.guid, e.extensions["guidislink"] == "true" {
            e.link = URLResolver.resolve(guid, against: nil)
        }
        if e.summary == nil, e.summaryDetail == nil, let first = e.contents.first, !isAtom {
            _ = first
        }
        let names = e.authors.compactMap { $0.name ?? $0.email }
        e.author = names.isEmpty ? nil : names.joined(separator: ", ")
        feed.entries.append(e)
    }

    func detail(_ f: Frame, _ value: String) -> TextDetail {
        let kind = f.construct ?? .plain
        let mime: String
        if case .base64(let m) = kind { mime = m } else { mime = kind.mime }
        return TextDetail(value: value, type: mime, language: f.lang, base: f.base, src: f.attr("src").map { URLResolver.resolve($0, against: f.base) })
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
    func extensionKey(_ key: String) -> String { key.replacingOccurrences(of: ":", with: "_") }
}
