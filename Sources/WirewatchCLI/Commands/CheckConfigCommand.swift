import ArgumentParser
import Foundation

/// `wirewatch check-config`: validate the configuration and say what it resolves to.
struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config", abstract: "Validate the configuration file and show the resolved settings.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await reportingFailures {
            let config = try ConfigLoader().load(explicitPath: global.config, databaseOverride: global.database)
            print("configuration: \(config.sourcePath ?? "none found, defaults apply")")
            print("database: \(config.database)")
            print("feeds: \(config.feeds.count) (\(config.feeds.filter(\.enabled).count) enabled)")
            print("fetch: concurrency \(config.fetch.maxConcurrent), per host \(config.fetch.maxPerHost), timeout \(config.fetch.totalTimeout) s, body cap \(config.fetch.maxBodyBytes) B, private addresses \(config.fetch.allowPrivateAddresses ? "allowed" : "refused")")
        }
    }
}
