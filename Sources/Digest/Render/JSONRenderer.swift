import Foundation

/// The digest as JSON: snake_case keys, sorted, ISO 8601 UTC dates. Schema: docs/digest-schema.md.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ digest: DailyDigest) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(digest) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a digest written by `render` (tests, and re-rendering a stored digest).
    public static func decode(_ text: String) throws -> DailyDigest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(DailyDigest.self, from: Data(text.utf8))
    }
}
