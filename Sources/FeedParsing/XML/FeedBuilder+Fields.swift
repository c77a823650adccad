import Foundation
import FeedModel

extension FeedBuilder {
    func setEntryField(_ f: Frame, value: String) {
        switch f.name {
        case .title, .dc_title:
            if entry!.title == nil || f.name == .title { entry!.title = value; entry!.titleDetail = detail(f, value) }
        case .link:
            if f.attr("href") == nil, !value.isEmpty {
                let url = URLResolver.resolve(value, against: f.base)
                if entry!.link == nil { entry!.link = url }
                entry!.links.append(Link(href: url))
            }
        case .guid, .id:
            entry!.guid = value.isEmpty ? nil : value
            if f.name == .guid { entry!.extensions["guidislink"] = f.attr("isPermaLink")?.lowercased() == "false" ? "false" : "true" }
        case .description, .summary, .dc_description, .itunes_summary, .abstract, .media_description:
            if !isAtom, f.name == .description || f.name == .summary, let other = summaryKey, other != f.key {
                // RSS with both: the first is the summary, the second counts as content (feedparser).
                entry!.contents.append(detail(f, value))
                break
            }
            if entry!.summaryDetail == nil || f.name == .description || f.name == .summary {
                if f.name == .itunes_summary || f.name == .media_description, entry!.summaryDetail != nil { break }
                if f.name == .description || f.name == .summary { summaryKey = f.key }
                entry!.summary = value
                entry!.summaryDetail = detail(f, value)
            }
        case .content, .content_encoded, .xhtml_body, .fullitem, .body:
            entry!.contents.append(detail(f, value))
            if entry!.content == nil { entry!.content = value }
        default:
            setEntryMeta(f, value: value)
        }
    }

    private func setEntryMeta(_ f: Frame, value: String) {
        switch f.name {
        case .pubdate, .published, .issued, .dcterms_issued:
            entry!.published = date(value)
            entry!.rawDates["published"] = value
        case .updated, .modified, .dc_date, .dcterms_modified, .lastbuilddate:
            entry!.updated = date(value)
            entry!.rawDates["updated"] = value
        case .created, .dcterms_created:
            entry!.created = date(value)
            entry!.rawDates["created"] = value
        case .author, .managingeditor:
            if !value.isEmpty { entry!.authors.append(PersonParser.parse(value)) }
        case .dc_creator, .itunes_author, .dc_author:
            if !value.isEmpty { entry!.authors.append(PersonParser.parse(value)) }
        case .dc_publisher, .webmaster:
            if !value.isEmpty { entry!.publisher = PersonParser.parse(value) }
        case .dc_language, .language:
            entry!.language = value
        case .itunes_keywords:
            addKeywords(value)
        case .media_category:
            addCategory(Category(term: value, scheme: f.attr("scheme") ?? "http://search.yahoo.com/mrss/category_schema", label: f.attr("label")))
        case .media_title:
            if entry!.title == nil { entry!.title = value; entry!.titleDetail = detail(f, value) }
        case .expirationdate:
            entry!.rawDates["expired"] = value
        case .itunes_subtitle:
            entry!.extensions["subtitle"] = value
        case .georss_point, .georss_line, .georss_polygon, .georss_box, .gml_pos, .gml_poslist:
            setWhere(f.key, value)
        case .cc_license, .creativecommons_license:
            if !value.isEmpty { entry!.extensions["license"] = value }
        case .dc_contributor:
            if !value.isEmpty { entry!.contributors.append(Person(name: value)) }
        case .category, .dc_subject:
            addCategory(Category(term: value, scheme: f.attr("domain")))
        case .comments:
            entry!.comments = URLResolver.resolve(value, against: f.base)
        case .rights, .copyright, .dc_rights:
            entry!.rights = value
            entry!.rightsDetail = detail(f, value)
        default:
            if !value.isEmpty, entry!.extensions[extensionKey(f.key)] == nil { entry!.extensions[extensionKey(f.key)] = value }
        }
    }

    func setFeedField(_ f: Frame, value: String) {
        let d = detail(f, value)
        switch f.name {
        case .title, .dc_title:
            if feed.title == nil || f.name == .title { feed.title = value; feed.details.titleDetail = d }
        case .link:
            if f.attr("href") == nil, !value.isEmpty {
                let url = URLResolver.resolve(value, against: f.base)
                if feed.siteURL == nil { feed.siteURL = url }
                feed.details.links.append(Link(href: url))
            }
        case .description, .subtitle, .tagline, .summary, .itunes_subtitle, .dc_description, .itunes_summary, .abstract:
            if feed.subtitle == nil || ["description", "subtitle", "tagline"].contains(f.key) && feed.details.subtitleDetail?.type != "text/html" || feed.details.subtitleDetail == nil {
                if f.key.hasPrefix("itunes:"), feed.subtitle != nil { break }
                feed.subtitle = value
                feed.details.subtitleDetail = d
            }
        case .language, .dc_language:
            feed.language = value
        case .copyright, .rights, .dc_rights:
            feed.details.rights = value
            feed.details.rightsDetail = d
        case .info, .feedburner_browserfriendly:
            feed.details.info = value
            feed.details.infoDetail = d
        default:
            setFeedMeta(f, value: value)
        }
    }

    private func setFeedMeta(_ f: Frame, value: String) {
        switch f.name {
        case .pubdate, .published, .issued, .dcterms_issued:
            feed.details.published = date(value)
            feed.details.rawDates["published"] = value
        case .updated, .modified, .dc_date, .dcterms_modified, .lastbuilddate:
            feed.updated = date(value)
            feed.details.rawDates["updated"] = value
        case .generator:
            feed.details.generator = value
            feed.details.generatorDetail = Link(href: f.attr("uri") ?? f.attr("url") ?? "", rel: "generator", title: f.attr("version"))
        case .id, .guid:
            feed.details.id = value
        case .author, .managingeditor:
            if !value.isEmpty { feed.details.authors.append(PersonParser.parse(value)) }
        case .dc_creator, .itunes_author, .dc_author:
            if !value.isEmpty { feed.details.authors.append(PersonParser.parse(value)) }
        case .itunes_keywords:
            addKeywords(value)
        case .dcterms_created, .created:
            feed.details.rawDates["created"] = value
        case .dcterms_valid:
            for part in value.split(separator: ";") {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
                if kv.count == 2, kv[0] == "start" || kv[0] == "end" { feed.details.rawDates["validity_" + kv[0]] = kv[1] }
            }
        case .webmaster, .dc_publisher:
            if !value.isEmpty { feed.details.publisher = PersonParser.parse(value) }
        case .dc_contributor:
            if !value.isEmpty { feed.details.contributors.append(Person(name: value)) }
        case .category, .dc_subject:
            addCategory(Category(term: value, scheme: f.attr("domain")))
        case .ttl:
            feed.ttlMinutes = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case .sy_updateperiod:
            feed.updatePeriod = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case .sy_updatefrequency:
            feed.updateFrequency = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case .hour where stack.last?.name == .skiphours:
            if let hour = Int(value.trimmingCharacters(in: .whitespacesAndNewlines)), (0...24).contains(hour) { feed.skipHours.insert(hour % 24) }
        case .day where stack.last?.name == .skipdays:
            if let day = Self.weekdays[value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()] { feed.skipDays.insert(day) }
        case .logo, .icon:
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
