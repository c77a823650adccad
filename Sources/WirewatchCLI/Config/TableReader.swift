import Foundation
import TOMLKit

/// Typed, located access to one TOML table: every wrong type or unknown key becomes a
/// `ConfigError` naming the file, the line and the key.
struct TableReader {
    let table: TOMLTable
    /// "" for the root, "fetch", "feed[3]" …
    let path: String
    let file: String
    let lines: TOMLLineIndex

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String?, _ message: String) -> ConfigError {
        let located = key.map(keyPath) ?? path
        return ConfigError(file: file, line: lines.line(of: located) ?? lines.line(of: path), key: key.map(keyPath), message: message)
    }

    /// Rejects keys this table does not know (catches typos such as `intervall`).
    func rejectUnknownKeys(_ known: Set<String>) throws {
        for key in table.keys where !known.contains(key) {
            let list = known.sorted().joined(separator: ", ")
            throw error(key, "unknown key (known keys here: \(list))")
        }
    }

    func string(_ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw error(key, "expected a string, found \(value.type)") }
        return string
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else { throw error(key, "expected true or false, found \(value.type)") }
        return bool
    }

    func int(_ key: String, range: ClosedRange<Int>) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.int else { throw error(key, "expected an integer, found \(value.type)") }
        guard range.contains(int) else {
            throw error(key, "\(int) is out of range \(range.lowerBound)…\(range.upperBound)")
        }
        return int
    }

    /// A number of seconds, written as a number or a string with a unit ("15m", "2h").
    func seconds(_ key: String, range: ClosedRange<Double>) throws -> Double? {
        guard let value = table[key] else { return nil }
        let seconds: Double?
        if let int = value.int {
            seconds = Double(int)
        } else if let double = value.double {
            seconds = double
        } else if let string = value.string {
            seconds = DurationText.seconds(string)
        } else {
            seconds = nil
        }
        guard let seconds else {
            throw error(key, "expected a duration such as 300, \"90s\", \"15m\", \"2h\" or \"1d\"")
        }
        guard range.contains(seconds) else {
            throw error(key, "\(seconds) s is out of range \(range.lowerBound)…\(range.upperBound) s")
        }
        return seconds
    }

    func strings(_ key: String) throws -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "expected an array of strings") }
        return try array.map { element in
            guard let string = element.string else { throw error(key, "expected an array of strings") }
            return string
        }
    }

    func subtable(_ key: String) throws -> TableReader? {
        guard let value = table[key] else { return nil }
        guard let sub = value.table else { throw error(key, "expected a table [\(keyPath(key))]") }
        return TableReader(table: sub, path: keyPath(key), file: file, lines: lines)
    }

    func tableArray(_ key: String) throws -> [TableReader] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "expected tables written as [[\(key)]]") }
        return try array.enumerated().map { index, element in
            guard let sub = element.table else { throw error(key, "expected tables written as [[\(key)]]") }
            return TableReader(table: sub, path: "\(keyPath(key))[\(index)]", file: file, lines: lines)
        }
    }
}
