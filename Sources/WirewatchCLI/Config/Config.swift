import FeedModel
import Fetching
import Foundation
import Ingest

/// The whole configuration after defaults, file and overrides were applied.
struct Config: Sendable {
    /// The file it was read from (nil when no file was found and defaults apply).
    var sourcePath: String?
    /// Absolute path of the SQLite database.
    var database: String
    var fetch: FetchOptions
    var schedule: ScheduleSettings
    var analysis: AnalysisSettings = AnalysisSettings()
    var digest: DigestSettings = DigestSettings()
    var feeds: [FeedSubscription]
}

/// The `[analysis]` table.
struct AnalysisSettings: Sendable {
    /// Analyse new and changed items while ingesting.
    var enabled = true
    /// Keyphrases kept per item.
    var keyphrases = 10
}

/// The `[digest]` table.
struct DigestSettings: Sendable {
    /// Folder the daily digests are written to; nil: a `digests` folder next to the database.
    var outputDirectory: String?

    /// The folder digests go to for a database at `database`.
    func directory(database: String) -> String {
        outputDirectory ?? ((database as NSString).deletingLastPathComponent as NSString).appendingPathComponent("digests")
    }
}

/// A configuration problem, located: file, line and key.
struct ConfigError: Error, CustomStringConvertible {
    var file: String
    var line: Int?
    var key: String?
    var message: String

    var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { return "\(location): key '\(key)': \(message)" }
        return "\(location): \(message)"
    }
}
