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
    public static func parse(_ data: [UInt8], options: ParseOptions = ParseOptions()) throws(FeedParseError) -> ParsedFeed {
        throw FeedParseError(kind: .malformed, message: "parser not built yet")
    }
}
