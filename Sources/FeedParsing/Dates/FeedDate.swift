import Foundation

/// Reads the dates feeds carry: RFC 822 and its real-world variants, RFC 3339 / ISO 8601 /
/// W3CDTF, asctime, German, Greek, Hungarian and Korean forms, named and numeric zones.
public enum FeedDate {
    /// Parses `string`; a date without a zone is read in `defaultTimeZone`. Nil when unreadable.
    public static func parse(_ string: String, defaultTimeZone: TimeZone) -> Date? {
        parseDetailed(string, defaultTimeZone: defaultTimeZone)?.date
    }

    /// Like `parse`, and also tells whether the string named a zone.
    static func parseDetailed(_ string: String, defaultTimeZone: TimeZone) -> (date: Date, hadZone: Bool)? {
        let edges = (string.utf8.first, string.utf8.last)
        let needsTrim = edges.0.map { $0 <= 0x20 || $0 >= 0x80 } ?? false || edges.1.map { $0 <= 0x20 || $0 >= 0x80 } ?? false
        let trimmed = needsTrim ? TextConstructDecoder.trimmed(ArraySlice(string.utf8)) : string
        guard !trimmed.isEmpty, trimmed.utf8.count < 128 else { return nil }
        let normal = DateNormalizer.normalize(trimmed)
        guard let civil = civilTime(normal.text) else { return nil }
        var c = civil
        if c.offset == nil, let implied = normal.impliedOffset { c.offset = implied }
        if normal.pm, c.hour < 12 { c.hour += 12 }
        guard let utcGuess = c.date(defaultOffset: 0) else { return nil }
        let zoneOffset = c.offset == nil ? defaultTimeZone.secondsFromGMT(for: utcGuess) : 0
        guard let date = c.date(defaultOffset: zoneOffset) else { return nil }
        return (date, c.offset != nil)
    }

    private static func civilTime(_ text: String) -> CivilTime? {
        if let fast = RFC822FastPath.parse(text) { return fast }
        if let first = text.utf8.first, DateScanner.isDigit(first) || first == UInt8(ascii: "-"),
           let iso = ISODateParser.parse(text) {
            return iso
        }
        return RFCDateParser.parse(text)
    }
}
