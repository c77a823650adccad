import FeedModel
import Fetching
import Foundation
import Ingest
import Logging
import Storage

/// The composition root: reads the configuration and builds the services the commands use.
struct Services {
    let config: Config
    let store: Store
    let logger: Logger

    /// Loads the configuration, opens the database and brings its feed list in line with the config.
    static func make(_ options: GlobalOptions, syncFeeds: Bool = true) throws -> Services {
        let config = try ConfigLoader().load(explicitPath: options.config, databaseOverride: options.database)
        let logger = Self.logger(level: options.logLevel)
        let store = try Store(path: config.database)
        if syncFeeds { try store.syncSubscriptions(config.feeds, at: Date()) }
        return Services(config: config, store: store, logger: logger)
    }

    func pipeline() -> Pipeline {
        Pipeline(store: store, fetcher: Fetcher(options: config.fetch), schedule: config.schedule, logger: logger)
    }

    static func logger(level: String) -> Logger {
        var logger = Logger(label: "wirewatch") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = Logger.Level(rawValue: level.lowercased()) ?? .warning
        return logger
    }
}
