import ArgumentParser

/// The `wirewatch` command: lists the subcommands.
public struct WirewatchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wirewatch",
        abstract: "Monitor news feeds: fetch, analyse, store and report.",
        subcommands: []
    )

    public init() {}
}
