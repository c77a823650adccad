import Foundation

/// Prints machine-readable output: keys sorted, dates as ISO 8601 UTC, absent values as null.
enum JSONOutput {
    static func print(_ value: Any) throws {
        let data = try JSONSerialization.data(
            withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// A JSON-ready value for an optional: the value or NSNull.
    static func value(_ optional: Any?) -> Any {
        guard let optional else { return NSNull() }
        if let date = optional as? Date { return iso(date) }
        return optional
    }

    static func iso(_ date: Date?) -> Any {
        guard let date else { return NSNull() }
        return isoString(date)
    }

    static func isoString(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
