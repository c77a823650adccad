import Foundation
import FeedModel
internal import CLibXML2

/// What the parser needs to know besides the bytes.
public struct ParseOptions: Sendable, Hashable {
    /// The document's URL, for resolving relative links.
    public var baseURL: String?
    /// The HTTP Content-Type (its charset takes part in encoding detection).
    public var contentType: String?
    /// Zone assumed for dates without one.
    public var defaultTimeZone: TimeZone

    public init(baseURL: String? = nil, contentType: String? = nil, defaultTimeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.baseURL = baseURL
        self.contentType = contentType
        self.defaultTimeZone = defaultTimeZone
    }
}

/// Why a document could not be read as a feed.
public struct FeedParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable { case empty, notAFeed = "not_a_feed", malformed }
    public var kind: Kind
    public var message: String
    public var description: String { message }

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }
}

/// Reads RSS, RDF, Atom and JSON Feed documents into `ParsedFeed`.
public enum FeedParser {
    /// Parses one document.
    ///
    /// Throws `.empty` for an empty or blank body, `.notAFeed` when the root is not a feed (an
    /// HTML page, other XML, JSON that is not a JSON Feed) and `.malformed` when nothing could be
    /// recovered. Recoverable errors set `bozo` instead.
    public static func parse(_ data: [UInt8], options: ParseOptions = ParseOptions()) throws(FeedParseError) -> ParsedFeed {
        guard let first = data.first(where: { !isSpace($0) }) else {
            throw FeedParseError(kind: .empty, message: "the document is empty")
        }
        if first == UInt8(ascii: "{") { return try JSONFeedParser.parse(data, options: options) }
        return try parseXML(data, options: options)
    }

    private static func parseXML(_ data: [UInt8], options: ParseOptions) throws(FeedParseError) -> ParsedFeed {
        let decoded = DocumentDecoder.decode(data, contentType: options.contentType)
        guard decoded.utf8.contains(where: { !isSpace($0) }) else {
            throw FeedParseError(kind: .empty, message: "the document is empty")
        }
        let builder = FeedBuilder(options: options)
        let error = XMLPushParser.parse(decoded.utf8, skipping: decoded.declaredEncoding, into: builder)
        guard builder.root != nil else {
            if let error, looksLikeFeed(decoded.utf8) {
                throw FeedParseError(kind: .malformed, message: "a feed that could not be read: \(error)")
            }
            throw FeedParseError(kind: .notAFeed, message: "the document is not an RSS, RDF or Atom feed")
        }
        var feed = builder.finish()
        feed.encoding = decoded.encoding
        feed.warnings = decoded.warnings + feed.warnings
        let bozo = decoded.bozoMessage ?? error
        feed.bozo = bozo != nil
        feed.bozoMessage = bozo
        feed.format = FeedFormat(rawValue: builder.root!.version) ?? formatFamily(builder.root!.version)
        return feed
    }

    private static func formatFamily(_ version: String) -> FeedFormat {
        switch version {
        case "rss091u", "rss091n": return .rss091
        case "atom": return .atom10
        case "rss093", "rss094", "rss": return .rss20
        default: return .unknown
        }
    }

    /// True when the head of the document names a feed root the parser never reached.
    private static func looksLikeFeed(_ utf8: [UInt8]) -> Bool {
        let head = String(decoding: utf8.prefix(2048), as: UTF8.self)
        return ["<rss", "<feed", "<rdf:RDF", "<RDF"].contains { head.contains($0) }
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
