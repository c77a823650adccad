import Foundation
import FeedModel

extension FeedBuilder {
    func setEntryField(_ f: Frame, value: String) {
        switch f.key {
        case "title", "dc:title":
            if entry!.title == nil || f.key == "title" { entry!.title = value; entry!.titleDetail = detail(f, value) }
        case "link":
            if f.attr("href") == nil, !value.isEmpty {
                let url = URLResolver.resolve(value, against: f.base)
                if entry!.link == nil { entry!.link = url }
                entry!.links.append(Link(href: url))
            }
        case "guid", "id":
            entry!.guid = value.isEmpty ? nil : value
            if f.key == "guid" { entry!.extensions["guidislink"] = f.attr("isPermaLink")?.lowercased() == "false" ? "false" : "true" }
        case "description", "summary", "dc:description", "itunes:summary", "abstract", "media:description":
            if !isAtom, f.key == "description" || f.key == "summary", let other = summaryKey, other != f.key {
                // RSS with both: the first is the summary, the second counts as content (feedparser).
                entry!.contents.append(detail(f, value))
                break
            }
            if entry!.summaryDetail == nil || f.key == "description" || f.key == "summary" {
                if f.key == "itunes:summary" || f.key == "media:description", entry!.summaryDetail != nil { break }
                if f.key == "description" || f.key == "summary" { summaryKey = f.key }
                entry!.summary = value
                entry!.summaryDetail = detail(f, value)
            }
        case "content", "content:encoded", "xhtml:body", "fullitem", "body":
            entry!.contents.append(detail(f, value))
            if entry!.content == nil { entry!.content = value }
        default:
            setEntryMeta(f, value: value)
        }
    }

    private func setEntryMeta(_ f: Frame, value: String) {
        switch f.key {
        case "pubdate", "published", "issued", "dcterms:issued":
            entry!.published = date(value)
            entry!.rawDates["published"] = value
        case "updated", "modified", "dc:date", "dcterms:modified", "lastbuilddate":
            entry!.updated = date(value)
            entry!.rawDates["updated"] = value
        case "created", "dcterms:created":
            entry!.created = date(value)
            entry!.rawDates["created"] = value
        case "author", "managingeditor":
            if !value.isEmpty { entry!.authors.append(PersonParser.parse(value)) }
        case "dc:creator", "itunes:author", "dc:author":
            if !value.isEmpty { entry!.authors.append(PersonParser.parse(value)) }
        case "dc:publisher", "webmaster":
            if !value.isEmpty { entry!.publisher = PersonParser.parse(value) }
        case "dc:language", "language":
            entry!.language = value
        case "itunes:keywords":
            addKeywords(value)
        case "media:category":
            addCategory(Category(term: value, scheme: f.attr("scheme") ?? "http://search.yahoo.com/mrss/category_schema", label: f.attr("label")))
        case "media:title":
            if entry!.title == nil { entry!.title = value; entry!.titleDetail = detail(f, value) }
        case "expirationdate":
            entry!.rawDates["expired"] = value
        case "itunes:subtitle":
            entry!.extensions["subtitle"] = value
        case "georss:point", "georss:line", "georss:polygon", "georss:box", "gml:pos", "gml:poslist":
            setWhere(f.key, value)
        case "cc:license", "creativecommons:license":
            if !value.isEmpty { entry!.extensions["license"] = value }
        case "dc:contributor":
            if !value.isEmpty { entry!.contributors.append(Person(name: value)) }
        case "category", "dc:subject":
            addCategory(Category(term: value, scheme: f.attr("domain")))
        case "comments":
            entry!.comments = URLResolver.resolve(value, against: f.base)
        case "rights", "copyright", "dc:rights":
            entry!.rights = value
            entry!.rightsDetail = detail(f, value)
        default:
            if !value.isEmpty, entry!.extensions[extensionKey(f.key)] == nil { entry!.extensions[extensionKey(f.key)] = value }
        }
    }

    func setFeedField(_ f: Frame, value: String) {
        let d = detail(f, value)
        switch f.key {
        case "title", "dc:title":
            if feed.title == nil || f.key == "title" { feed.title = value; feed.details.titleDetail = d }
        case "link":
            if f.attr("href") == nil, !value.isEmpty {
                let url = URLResolver.resolve(value, against: f.base)
                if feed.siteURL == nil { feed.siteURL = url }
                feed.details.links.append(Link(href: url))
            }
        case "description", "subtitle", "tagline", "summary", "itunes:subtitle", "dc:description", "itunes:summary", "abstract":
            if feed.subtitle == nil || ["description", "subtitle", "tagline"].contains(f.key) && feed.details.subtitleDetail?.type != "text/html" || feed.details.subtitleDetail == nil {
                if f.key.hasPrefix("itunes:"), feed.subtitle != nil { break }
                feed.subtitle = value
                feed.details.subtitleDetail = d
            }
        case "language", "dc:language":
            feed.language = value
        case "copyright", "rights", "dc:rights":
            feed.details.rights = value
            feed.details.rightsDetail = d
        case "info", "feedburner:browserfriendly":
            feed.details.info = value
            feed.details.infoDetail = d
        default:
            setFeedMeta(f, value: value)
        }
    }

    private func setFeedMeta(_ f: Frame, value: String) {
        switch f.key {
        case "pubdate", "published", "issued", "dcterms:issued":
            feed.details.published = date(value)
            feed.details.rawDates["published"] = value
        case "updated", "modified", "dc:date", "dcterms:modified", "lastbuilddate":
            feed.updated = date(value)
            feed.details.rawDates["updated"] = value
        case "generator":
            feed.details.generator = value
            feed.details.generatorDetail = Link(href: f.attr("uri") ?? f.attr("url") ?? "", rel: "generator", title: f.attr("version"))
        case "id", "guid":
            feed.details.id = value
        case "author", "managingeditor":
            if !value.isEmpty { feed.details.authors.append(PersonParser.parse(value)) }
        case "dc:creator", "itunes:author", "dc:author":
            if !value.isEmpty { feed.details.authors.append(PersonParser.parse(value)) }
        case "itunes:keywords":
            addKeywords(value)
        case "dcterms:created", "created":
            feed.details.rawDates["created"] = value
        case "dcterms:valid":
            for part in value.split(separator: ";") {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
                if kv.count == 2, kv[0] == "start" || kv[0] == "end" { feed.details.rawDates["validity_" + kv[0]] = kv[1] }
            }
        case "webmaster", "dc:publisher":
            if !value.isEmpty { feed.details.publisher = PersonParser.parse(value) }
        case "dc:contributor":
            if !value.isEmpty { feed.details.contributors.append(Person(name: value)) }
        case "category", "dc:subject":
            addCategory(Category(term: value, scheme: f.attr("domain")))
        case "ttl":
            feed.ttlMinutes = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case "sy:updateperiod":
            feed.updatePeriod = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "sy:updatefrequency":
            feed.updateFrequency = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case "hour" where stack.last?.key == "skiphours":
            if let hour = Int(value.trimmingCharacters(in: .whitespacesAndNewlines)), (0...24).contains(hour) { feed.skipHours.insert(hour % 24) }
        case "day" where stack.last?.key == "skipdays":
            if let day = Self.weekdays[value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()] { feed.skipDays.insert(day) }
        case "logo", "icon":
            let url = URLResolver.resolve(value, against: f.base)
            feed.details.image = feed.details.image ?? url
            feed.details.extensions[f.key] = url
        default:
            if !value.isEmpty, feed.details.extensions[extensionKey(f.key)] == nil { feed.details.extensions[extensionKey(f.key)] = value }
        }
    }
}

extension FeedBuilder {
    /// RSS skipDays names → Calendar weekday numbers (1 = Sunday).
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// GeoRSS simple and GML geometries, kept as "where.type" / "where.coordinates".
    func setWhere(_ key: String, _ value: String) {
        let parent = stack.last?.key ?? ""
        let type: String
        switch key {
        case "georss:point": type = "Point"
        case "georss:line": type = "LineString"
        case "georss:polygon": type = "Polygon"
        case "georss:box": type = "Box"
        case "gml:pos" where parent == "gml:point": type = "Point"
        case "gml:poslist" where parent == "gml:linestring": type = "LineString"
        case "gml:poslist" where parent == "gml:linearring": type = "Polygon"
        default: return
        }
        entry!.extensions["where.type"] = type
        entry!.extensions["where.coordinates"] = value
    }
}
