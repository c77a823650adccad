import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $WIREWATCH_CONFIG, ./wirewatch.toml, ~/.config/wirewatch/wirewatch.toml, /etc/wirewatch/wirewatch.toml).")
    var config: String?

    @Option(name: .long, help: "SQLite database file (overrides `database` in the configuration).")
    var database: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "warning"
}
