import ArgumentParser
import FeedModel
import Foundation

/// `wirewatch feeds …`: the feed list.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds", abstract: "List, add, remove, enable, disable, import or export (OPML) feeds.",
        subcommands: [List.self, Add.self, Remove.self, Enable.self, Disable.self, OPMLImportCommand.self, OPMLExportCommand.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the configured feeds.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            try await reportingFailures {
                let feeds = try Services.make(global).store.feeds()
                if json { return try JSONOutput.print(feeds.map(StatusCommand.json)) }
                for f in feeds {
                    let tags = f.tags.isEmpty ? "" : " [\(f.tags.joined(separator: ", "))]"
                    print("\(f.enabled ? "  " : "- ")\(f.url)\t\(f.title ?? "")\(tags)")
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a feed to the configuration file.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Feed URL (http, https) or a local file path.") var url: String
        @Option(help: "Title to show instead of the feed's own.") var title: String?
        @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
        @Option(help: "Poll interval, e.g. 900, \"15m\", \"2h\".") var interval: String?

        func run() async throws {
            try await reportingFailures {
                let path = try ConfigFile.writablePath(global)
                let resolved = try FeedLocation.normalise(url, relativeTo: FileManager.default.currentDirectoryPath) {
                    ConfigError(file: path, key: "url", message: $0)
                }
                if let interval, DurationText.seconds(interval) == nil {
                    throw ValidationError("--interval '\(interval)' is not a duration such as 900, 15m or 2h")
                }
                var editor = ConfigEditor(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                let existing = try ConfigLoader().parse(text: editor.text, path: path)
                guard !existing.feeds.contains(where: { $0.url == resolved }) else {
                    throw ConfigError(file: path, key: "feed.url", message: "\(resolved) is already configured")
                }
                editor.addFeed(url: resolved, title: title, tags: tags, interval: interval)
                try ConfigFile.write(editor.text, to: path)
                print("added \(resolved) to \(path)")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a feed from the configuration file (its items stay).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Feed URL as listed by `feeds list`.") var url: String

        func run() async throws {
            try await reportingFailures {
                let path = try ConfigFile.writablePath(global, mustExist: true)
                var editor = ConfigEditor(text: try String(contentsOfFile: path, encoding: .utf8))
                let directory = (path as NSString).deletingLastPathComponent
                let removed = editor.removeFeed { written in
                    written == url
                        || (try? FeedLocation.normalise(written, relativeTo: directory) { ConfigError(file: path, message: $0) }) == url
                }
                guard removed else { throw ConfigError(file: path, message: "no [[feed]] with url \(url)") }
                try ConfigFile.write(editor.text, to: path)
                print("removed \(url) from \(path)")
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-enable a disabled feed (clears its error count and backoff).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Feed URL.") var url: String

        func run() async throws {
            try await reportingFailures {
                guard try Services.make(global).store.setEnabled(url: url, enabled: true, reason: nil) else {
                    throw ValidationError("no feed with url \(url)")
                }
                print("enabled \(url)")
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a feed without removing it.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Feed URL.") var url: String
        @Option(help: "Why (shown by `status`).") var reason: String = "disabled by the operator"

        func run() async throws {
            try await reportingFailures {
                guard try Services.make(global).store.setEnabled(url: url, enabled: false, reason: reason) else {
                    throw ValidationError("no feed with url \(url)")
                }
                print("disabled \(url)")
            }
        }
    }
}

/// Where feed edits are written, and writing them safely.
enum ConfigFile {
    static func writablePath(_ global: GlobalOptions, mustExist: Bool = false) throws -> String {
        let locator = ConfigLocator()
        if let path = try locator.configPath(explicit: global.config) { return path }
        if mustExist { throw ConfigError(file: locator.searchPaths().joined(separator: ", "), message: "no configuration file found") }
        return locator.defaultWritablePath()
    }

    /// Writes atomically (temporary file + rename), creating the directory when needed.
    static func write(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
