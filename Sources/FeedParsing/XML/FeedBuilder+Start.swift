import FeedModel

extension FeedBuilder {
    /// Handles what an element's start tag alone decides: containers, attribute-only elements and
    /// text constructs. Returns the construct kind when the element's children are markup.
    func beginElement(_ f: Frame) -> TextKind? {
        if ignoredDepth > 0 { return nil }
        if isCDF { beginCDF(f) }
        switch f.name {
        case .item, .entry:
            if !inEntry {
                entry = Entry()
                inEntry = true
                summaryKey = nil
                entryDepth = stack.count
                entry!.guid = f.attributes.first { $0.uri == Namespaces.rdf && $0.local == "about" }?.value
            }
        case .source where inEntry && sourceDepth == 0:
            beginSource()
        case .image where inEntry:
            ignoredDepth = stack.count + 1
        case .image where !inEntry && subObject == nil, .textinput where !inEntry && subObject == nil:
            subObject = f.key
            subDepth = stack.count + 1
        case .author where isAtom, .contributor where isAtom, .itunes_owner:
            if person == nil {
                person = Person()
                personDepth = stack.count + 1
                personRole = f.name == .itunes_owner ? "publisher" : f.key
            }
        default:
            return beginAttributeElement(f) ? nil : constructKind(f)
        }
        return nil
    }

    /// Elements whose information sits in attributes; true when `f` was one of them.
    private func beginAttributeElement(_ f: Frame) -> Bool {
        switch f.name {
        case .link:
            if let href = f.attr("href") { addLink(href, f) }
        case .enclosure:
            if let url = f.attr("url") {
                addEnclosure(url, type: f.attr("type"), length: f.attr("length"), f)
                entry?.links.append(Link(href: URLResolver.resolve(url, against: f.base), rel: "enclosure", type: f.attr("type"), length: f.attr("length")))
            }
        case .media_content, .media_thumbnail:
            if let url = f.attr("url") { addEnclosure(url, type: f.attr("type"), length: f.attr("filesize") ?? f.attr("fileSize"), f) }
        case .category where isAtom:
            if let term = f.attr("term") { addCategory(Category(term: term, scheme: f.attr("scheme"), label: f.attr("label"))) }
        case .itunes_category:
            if let term = f.attr("text") { addCategory(Category(term: term, scheme: "http://www.itunes.com/")) }
        case .itunes_image, .itunes_link:
            guard f.name == .itunes_image || f.attr("rel") == "image", let href = f.attr("href") ?? f.attr("url") else { return true }
            let url = URLResolver.resolve(href, against: f.base)
            if inEntry { entry!.image = entry!.image ?? url } else { feed.details.image = feed.details.image ?? url }
        case .cloud where !inEntry:
            for a in f.attributes { feed.details.extensions["cloud." + a.local.lowercased()] = a.value }
        case .thr_in_reply_to:
            for a in f.attributes { setExtension("thr_in-reply-to." + a.local, a.value) }
        case .cc_license where f.attr("resource") != nil:
            setExtension("license", f.attr("resource")!)
        default:
            return false
        }
        return true
    }

    private func beginSource() {
        sourceDepth = stack.count + 1
        savedFeed = feed
        savedEntry = entry
        feed = ParsedFeed()
        entry = nil
        inEntry = false
    }

    /// Channel Definition Format: links and dates are attributes.
    private func beginCDF(_ f: Frame) {
        guard f.name == .channel || f.name == .item else { return }
        if f.name == .item, !inEntry { entry = Entry(); inEntry = true; entryDepth = stack.count }
        if let href = f.attr("href") { addLink(href, f) }
        if let lastmod = f.attr("lastmod") {
            if inEntry {
                entry!.updated = date(lastmod)
                entry!.rawDates["updated"] = lastmod
            } else {
                feed.updated = date(lastmod)
                feed.details.rawDates["updated"] = lastmod
            }
        }
    }

    func setExtension(_ key: String, _ value: String) {
        if inEntry { entry!.extensions[key] = value } else { feed.details.extensions[key] = value }
    }

    private func constructKind(_ f: Frame) -> TextKind? {
        switch f.name {
        case .title, .summary, .subtitle, .tagline, .info, .rights, .copyright, .content, .abstract:
            let fallback: TextKind = isAtom ? .plain : (f.name == .title ? .plain : .html)
            return isAtom ? TextKind.from(type: f.attr("type"), mode: f.attr("mode"), fallback: fallback) : fallback
        case .description, .content_encoded, .dc_description, .fullitem, .body:
            return .html
        case .xhtml_body, .xhtml_div:
            return .xhtml
        case .itunes_summary, .itunes_subtitle:
            return .plain
        default:
            return nil
        }
    }

    func addLink(_ href: String, _ f: Frame) {
        let rel = f.attr("rel") ?? "alternate"
        let url = URLResolver.resolve(href, against: f.base)
        let type = f.attr("type") ?? (rel == "self" ? "application/atom+xml" : nil)
        let link = Link(href: url, rel: rel, type: type, title: f.attr("title"), length: f.attr("length"), hreflang: f.attr("hreflang"))
        if inEntry {
            entry!.links.append(link)
            if rel == "alternate", entry!.link == nil { entry!.link = url }
            if rel == "enclosure" { addEnclosure(href, type: link.type, length: link.length, f) }
        } else {
            feed.details.links.append(link)
            if rel == "alternate", feed.siteURL == nil { feed.siteURL = url }
        }
    }

    func addEnclosure(_ url: String, type: String?, length: String?, _ f: Frame) {
        guard inEntry else { return }
        let href = URLResolver.resolve(url, against: f.base)
        guard !entry!.enclosures.contains(where: { $0.url == href }) else { return }
        entry!.enclosures.append(Enclosure(url: href, type: type, length: length.flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }))
    }

    func addCategory(_ c: Category) {
        guard !c.term.isEmpty else { return }
        if inEntry { entry!.categories.append(c) } else { feed.details.categories.append(c) }
    }
}

extension FeedBuilder.Frame {
    /// An attribute without namespace (or in any namespace when none matches plainly).
    func attr(_ local: String) -> String? {
        if attributes.isEmpty { return nil }
        var inNamespace: String?
        for a in attributes where a.local == local {
            if a.uri.isEmpty { return a.value }
            if inNamespace == nil { inNamespace = a.value }
        }
        if let inNamespace { return inNamespace }
        return attributes.first { Self.lowercased($0.local, equals: local) }?.value
    }

    /// `name.lowercased() == lower`, without building the lowercase string for ASCII names.
    private static func lowercased(_ name: String, equals lower: String) -> Bool {
        if name.utf8.contains(where: { $0 >= 0x80 }) { return name.lowercased() == lower }
        guard name.utf8.count == lower.utf8.count else { return false }
        return zip(name.utf8, lower.utf8).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == b }
    }
}

import Foundation
