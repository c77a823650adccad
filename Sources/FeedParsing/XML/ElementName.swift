/// The element keys the builder dispatches on, as small integers: a switch over them is a jump
/// table, where a switch over `String` keys compares strings case by case. Any other key is
/// `.other` (the builder still has the key string).
enum ElementName: UInt8 {
    case other
    case abstract
    case author
    case body
    case category
    case cc_license
    case channel
    case cloud
    case comments
    case content
    case content_encoded
    case contributor
    case copyright
    case created
    case creativecommons_license
    case day
    case dc_author
    case dc_contributor
    case dc_creator
    case dc_date
    case dc_description
    case dc_language
    case dc_publisher
    case dc_rights
    case dc_subject
    case dc_title
    case dcterms_created
    case dcterms_issued
    case dcterms_modified
    case dcterms_valid
    case description
    case email
    case enclosure
    case entry
    case expirationdate
    case feedburner_browserfriendly
    case fullitem
    case generator
    case georss_box
    case georss_line
    case georss_point
    case georss_polygon
    case gml_linearring
    case gml_linestring
    case gml_point
    case gml_pos
    case gml_poslist
    case guid
    case homepage
    case hour
    case icon
    case id
    case image
    case info
    case issued
    case item
    case itunes_author
    case itunes_block
    case itunes_category
    case itunes_email
    case itunes_explicit
    case itunes_image
    case itunes_keywords
    case itunes_link
    case itunes_name
    case itunes_owner
    case itunes_subtitle
    case itunes_summary
    case language
    case lastbuilddate
    case link
    case logo
    case managingeditor
    case media_category
    case media_content
    case media_description
    case media_thumbnail
    case media_title
    case modified
    case name
    case pubdate
    case published
    case rights
    case skipdays
    case skiphours
    case source
    case subtitle
    case summary
    case sy_updatefrequency
    case sy_updateperiod
    case tagline
    case textinput
    case thr_in_reply_to
    case title
    case ttl
    case updated
    case uri
    case url
    case webmaster
    case xhtml_body
    case xhtml_div

    /// Canonical key ("dc:creator", "title" …) → name.
    static let byKey: [String: ElementName] = [
        "abstract": .abstract, "author": .author, "body": .body, "category": .category, "cc:license": .cc_license,
        "channel": .channel, "cloud": .cloud, "comments": .comments, "content": .content,
        "content:encoded": .content_encoded, "contributor": .contributor, "copyright": .copyright,
        "created": .created, "creativecommons:license": .creativecommons_license, "day": .day,
        "dc:author": .dc_author, "dc:contributor": .dc_contributor, "dc:creator": .dc_creator, "dc:date": .dc_date,
        "dc:description": .dc_description, "dc:language": .dc_language, "dc:publisher": .dc_publisher,
        "dc:rights": .dc_rights, "dc:subject": .dc_subject, "dc:title": .dc_title,
        "dcterms:created": .dcterms_created, "dcterms:issued": .dcterms_issued, "dcterms:modified": .dcterms_modified,
        "dcterms:valid": .dcterms_valid, "description": .description, "email": .email, "enclosure": .enclosure,
        "entry": .entry, "expirationdate": .expirationdate, "feedburner:browserfriendly": .feedburner_browserfriendly,
        "fullitem": .fullitem, "generator": .generator, "georss:box": .georss_box, "georss:line": .georss_line,
        "georss:point": .georss_point, "georss:polygon": .georss_polygon, "gml:linearring": .gml_linearring,
        "gml:linestring": .gml_linestring, "gml:point": .gml_point, "gml:pos": .gml_pos, "gml:poslist": .gml_poslist,
        "guid": .guid, "homepage": .homepage, "hour": .hour, "icon": .icon, "id": .id, "image": .image, "info": .info,
        "issued": .issued, "item": .item, "itunes:author": .itunes_author, "itunes:block": .itunes_block,
        "itunes:category": .itunes_category, "itunes:email": .itunes_email, "itunes:explicit": .itunes_explicit,
        "itunes:image": .itunes_image, "itunes:keywords": .itunes_keywords, "itunes:link": .itunes_link,
        "itunes:name": .itunes_name, "itunes:owner": .itunes_owner, "itunes:subtitle": .itunes_subtitle,
        "itunes:summary": .itunes_summary, "language": .language, "lastbuilddate": .lastbuilddate, "link": .link,
        "logo": .logo, "managingeditor": .managingeditor, "media:category": .media_category,
        "media:content": .media_content, "media:description": .media_description, "media:thumbnail": .media_thumbnail,
        "media:title": .media_title, "modified": .modified, "name": .name, "pubdate": .pubdate,
        "published": .published, "rights": .rights, "skipdays": .skipdays, "skiphours": .skiphours, "source": .source,
        "subtitle": .subtitle, "summary": .summary, "sy:updatefrequency": .sy_updatefrequency,
        "sy:updateperiod": .sy_updateperiod, "tagline": .tagline, "textinput": .textinput,
        "thr:in-reply-to": .thr_in_reply_to, "title": .title, "ttl": .ttl, "updated": .updated, "uri": .uri,
        "url": .url, "webmaster": .webmaster, "xhtml:body": .xhtml_body, "xhtml:div": .xhtml_div,
    ]

    static func of(_ key: String) -> ElementName { byKey[key] ?? .other }
}
