import FeedModel

extension FeedBuilder {
    /// Handles what an element's start tag alone decides: containers, attribute-only elements and
    /// text constructs. Returns the construct kind when the element's children are markup.
    func beginElement(_ f: inout Frame) -> TextKind? {
        if ignoredDepth > 0 { return nil }
        switch f.key {
        case "item", "entry":
            if entry == nil { entry = Entry(); entryDepth = stack.count }
        case "image", "textinput", "textInput", "source", "itunes:owner":
            ignoredDepth = stack.count + 1
        case "author" where isAtom, "contributor" where isAtom:
            if person == nil { person = Person(); personDepth = stack.count + 1 }
        case "link":
            if let href = f.attr("href") { addLink(href, f) }
        case "enclosure":
            if let url = f.attr("url") { addEnclosure(url, type: f.attr("type"), length: f.attr("length"), f) }
        case "media:content", "media:thumbnail":
            if let url = f.attr("url") { addEnclosure(url, type: f.attr("type"), length: f.attr("filesize") ?? f.attr("fileSize"), f) }
        case "category" where isAtom:
            if let term = f.attr("term") { addCategory(Category(term: term, scheme: f.attr("scheme"), label: f.attr("label"))) }
        case "itunes:category":
            if let term = f.attr("text") { addCategory(Category(term: term, scheme: "http://www.itunes.com/")) }
        case "itunes:image":
            if let href = f.attr("href") { feed.details.image = feed.details.image ?? URLResolver.resolve(href, against: f.base) }
        default:
            return constructKind(f)
        }
        return nil
    }

    private func constructKind(_ f: Frame) -> TextKind? {
        let type = f.attr("type"), mode = f.attr("mode")
        switch f.key {
        case "title", "summary", "subtitle", "tagline", "info", "rights", "copyright", "content":
            let fallback: TextKind = isAtom ? .plain : (f.key == "title" ? .plain : .html)
            return isAtom ? TextKind.from(type: type, mode: mode, fallback: fallback) : fallback
        case "description", "content:encoded", "dc:description", "fullitem", "body":
            return .html
        case "xhtml:body", "xhtml:div":
            return .xhtml
        case "itunes:summary", "itunes:subtitle":
            return .plain
        default:
            return nil
        }
    }

    func addLink(_ href: String, _ f: Frame) {
        let rel = f.attr("rel") ?? "alternate"
        let url = URLResolver.resolve(href, against: f.base)
        let link = Link(href: url, rel: rel, type: f.attr("type"), title: f.attr("title"), length: f.attr("length"), hreflang: f.attr("hreflang"))
        if entry != nil {
            entry!.links.append(link)
            if rel == "alternate", entry!.link == nil { entry!.link = url }
            if rel == "enclosure" { addEnclosure(href, type: link.type, length: link.length, f) }
        } else {
            feed.details.links.append(link)
            if rel == "alternate", feed.siteURL == nil { feed.siteURL = url }
        }
    }

    func addEnclosure(_ url: String, type: String?, length: String?, _ f: Frame) {
        guard entry != nil else { return }
        let href = URLResolver.resolve(url, against: f.base)
        guard !entry!.enclosures.contains(where: { $0.url == href }) else { return }
        entry!.enclosures.append(Enclosure(url: href, type: type, length: length.flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }))
    }

    func addCategory(_ c: Category) {
        guard !c.term.isEmpty else { return }
        if entry != nil { entry!.categories.append(c) } else { feed.details.categories.append(c) }
    }
}

extension FeedBuilder.Frame {
    /// An attribute without namespace (or in any namespace when none matches plainly).
    func attr(_ local: String) -> String? {
        attributes.first { $0.local == local && $0.uri.isEmpty }?.value ?? attributes.first { $0.local == local }?.value
    }
}

import Foundation
