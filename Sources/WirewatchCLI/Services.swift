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
    /// `reusing` keeps an open store (a daemon reloading its configuration keeps its database).
    static func make(_ options: GlobalOptions, syncFeeds: Bool = true, reusing existing: Store? = nil) throws -> Services {
        let config = try ConfigLoader().load(explicitPath: options.config, databaseOverride: options.database)
        let logger = Self.logger(level: options.logLevel)
        let store = try existing ?? Store(path: config.database)
        if syncFeeds { try store.syncSubscriptions(config.feeds, at: Date()) }
        return Services(config: config, store: store, logger: logger)
    }

    /// The pipeline; `daemon` keeps fewer parsed items waiting for the writer (memory over months).
    func pipeline(fetcher: Fetcher? = nil, daemon: Bool = false) -> Pipeline {
        Pipeline(
            store: store, fetcher: fetcher ?? Fetcher(options: config.fetch), schedule: config.schedule, logger: logger,
            analyzer: config.analysis.enabled ? analyzer(frequencyCache: daemon ? 20_000 : 200_000) : nil,
            syndicator: config.analysis.enabled ? ItemSyndicator(store: store) : nil,
            queuedItems: daemon ? Pipeline.daemonQueuedItems : Pipeline.bulkQueuedItems,
            minimumBatch: daemon ? 0 : Pipeline.bulkMinimumBatch,
            fetchWindow: daemon ? Pipeline.daemonFetchWindow : nil)
    }

    func analyzer(frequencyCache: Int = 200_000) -> ItemAnalyzer {
        ItemAnalyzer(store: store, keyphraseLimit: config.analysis.keyphrases, frequencyCache: frequencyCache)
    }

    static func logger(level: String) -> Logger {
        let journal = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil
        var logger = Logger(label: "wirewatch") { JournalLogHandler(label: $0, journal: journal) }
        logger.logLevel = Logger.Level(rawValue: level.lowercased()) ?? .warning
        return logger
    }
}
