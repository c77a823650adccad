import FeedModel

// swiftlint:disable identifier_name
/// The JSON Feed document as decoded; field names follow the specification.
struct JSONFeedDocument: Decodable {
    struct Author: Decodable {
        var name: String?
        var url: String?
        var avatar: String?
        var person: Person { Person(name: name, uri: url) }
    }

    struct Attachment: Decodable {
        var url: String
        var mime_type: String?
        var size_in_bytes: Int64?
    }

    /// Item ids may be strings or numbers in the wild.
    struct FlexibleID: Decodable {
        var value: String
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { value = s } else { value = String(try c.decode(Int64.self)) }
        }
    }

    struct Item: Decodable {
        var id: FlexibleID?
        var url: String?
        var title: String?
        var content_html: String?
        var content_text: String?
        var summary: String?
        var date_published: String?
        var date_modified: String?
        var author: Author?
        var authors: [Author]?
        var tags: [String]?
        var attachments: [Attachment]?
    }

    var version: String
    var title: String?
    var home_page_url: String?
    var feed_url: String?
    var description: String?
    var language: String?
    var author: Author?
    var authors: [Author]?
    var items: [Item]?
}
