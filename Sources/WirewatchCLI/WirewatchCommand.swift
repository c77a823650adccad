import ArgumentParser

/// The `wirewatch` command: lists the subcommands.
public struct WirewatchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wirewatch",
        abstract: "Monitor news feeds: fetch, analyse, store and report.",
        subcommands: [
            IngestCommand.self, StatusCommand.self, RunsCommand.self, ItemsCommand.self, FeedsCommand.self,
            CheckConfigCommand.self, RunCommand.self, ParseCommand.self, SearchCommand.self, ShowCommand.self,
            AnalyzeCommand.self, ReanalyzeCommand.self, StoriesCommand.self, FetchCommand.self, DigestCommand.self,
            EntitiesCommand.self,
        ]
    )

    public init() {}
}
