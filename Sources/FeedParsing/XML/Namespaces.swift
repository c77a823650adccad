/// Canonical prefixes for the namespaces feeds use, whatever prefix a document chose.
enum Namespaces {
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// Namespace URI (lowercased, without trailing slash) → canonical prefix ("" = the feed's own).
    static let canonical: [String: String] = {
        var m: [String: String] = [
            "": "", "http://www.w3.org/2005/atom": "", "http://purl.org/atom/ns#": "",
            "http://purl.org/rss/1.0": "", "http://my.netscape.com/rdf/simple/0.9": "",
            "http://backend.userland.com/rss2": "", "http://blogs.law.harvard.edu/tech/rss": "",
            "http://backend.userland.com/rss": "", "http://purl.org/net/rss1.1#": "",
            "http://purl.org/rss/1.0/modules/content": "content", "http://purl.org/dc/elements/1.1": "dc",
            "http://purl.org/dc/terms": "dcterms", "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
            "http://example.com/dtds/podcast-1.0.dtd": "itunes", "http://search.yahoo.com/mrss": "media",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://purl.org/rss/1.0/modules/slash": "slash",
            "http://www.georss.org/georss": "georss", "http://www.opengis.net/gml": "gml",
            "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo", "http://www.w3.org/1999/xhtml": "xhtml",
            "http://www.w3.org/xml/1998/namespace": "xml", "http://purl.org/rss/1.0/modules/syndication": "sy",
            "http://webns.net/mvcb": "admin", "http://wellformedweb.org/commentapi": "wfw",
            "http://purl.org/rss/1.0/modules/image": "image", "http://purl.org/rss/1.0/modules/taxonomy": "taxo",
            "http://purl.org/rss/1.0/modules/textinput": "ti", "http://madskills.com/public/xml/rss/module/trackback": "trackback",
            "http://creativecommons.org/ns#license": "cc", "http://web.resource.org/cc": "cc",
            "http://backend.userland.com/creativecommonsrssmodule": "creativecommons",
            "http://purl.org/rss/1.0/modules/company": "co", "http://podlove.org/simple-chapters": "psc",
            "http://rssnamespace.org/feedburner/ext/1.0": "feedburner", "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
        ]
        m["http://purl.org/rss/1.0/modules/event"] = "ev"
        m["http://purl.org/syndication/thread/1.0"] = "thr"
        return m
    }()

    /// The canonical prefix for `uri`, or the document's own prefix for unknown namespaces.
    static func prefix(for uri: String, documentPrefix: String) -> String {
        if uri.isEmpty { return "" }
        var key = uri.lowercased()
        if key.hasSuffix("/") { key.removeLast() }
        return canonical[key] ?? documentPrefix.lowercased()
    }
}
