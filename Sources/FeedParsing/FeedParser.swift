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
        let choice = DocumentDecoder.choose(data, contentType: options.contentType)
        if choice.isPlainUTF8, let feed = parseAsIs(data, choice: choice, options: options) { return feed }
        let decoded = DocumentDecoder.decode(data, choice: choice)
        guard decoded.utf8.contains(where: { !isSpace($0) }) else {
            throw FeedParseError(kind: .empty, message: "the document is empty")
        }
        let builder = FeedBuilder(options: options)
        let error = XMLPushParser.parse(decoded.utf8, skipping: decoded.declaredEncoding, into: builder).error
        guard builder.root != nil else {
            if let error, looksLikeFeed(decoded.utf8) {
                throw FeedParseError(kind: .malformed, message: "a feed that could not be read: \(error)")
            }
            throw FeedParseError(kind: .notAFeed, message: "the document is not an RSS, RDF or Atom feed")
        }
        return finish(builder, encoding: decoded.encoding, warnings: decoded.warnings, bozo: decoded.bozoMessage ?? error)
    }

    /// The common case, without the passes that prepare a body for libxml2 (a UTF-8 check, a
    /// search for forbidden control characters and for bare `&`: together a tenth of parsing): the
    /// UTF-8 body goes to libxml2 as it is. Each thing those passes repair is an error to libxml2
    /// (bytes that are not UTF-8, a character out of XML's range, an `&` that starts no reference,
    /// `&#X…;`), and libxml2 reads every byte of a document it parses to the end; so a parse to
    /// the end without an error read bytes the passes would have left unchanged, and its result is
    /// theirs. Anything else (an error, a stop, no feed root) returns nil, and the caller parses
    /// the repaired body from the start.
    private static func parseAsIs(_ data: [UInt8], choice: DocumentDecoder.Choice, options: ParseOptions) -> ParsedFeed? {
        var declared = XMLDeclaration.encodingRange(in: data)
        if let range = declared, data[..<range.upperBound].contains(UInt8(ascii: "&")) { declared = nil }
        guard declared != nil || !choice.declaresEncoding else { return nil }
        let builder = FeedBuilder(options: options)
        let outcome = XMLPushParser.parse(data, skipping: declared, into: builder)
        guard outcome.error == nil, !outcome.stopped, builder.root != nil else { return nil }
        return finish(builder, encoding: choice.label, warnings: choice.warnings, bozo: nil)
    }

    private static func finish(_ builder: FeedBuilder, encoding: String, warnings: [String], bozo: String?) -> ParsedFeed {
        var feed = builder.finish()
        feed.encoding = encoding
        feed.warnings = warnings + feed.warnings
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
