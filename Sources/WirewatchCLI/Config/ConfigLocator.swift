import Foundation

/// Finds the configuration file and the default database location (XDG base directories, systemd).
struct ConfigLocator {
    var environment: [String: String]
    var currentDirectory: String

    init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    /// The file to read: `--config`, then $WIREWATCH_CONFIG, then the first existing of the usual places.
    /// An explicitly named file must exist; the usual places may all be missing (defaults apply).
    func configPath(explicit: String?) throws -> String? {
        if let named = explicit ?? environment["WIREWATCH_CONFIG"], !named.isEmpty {
            let path = absolute(named)
            guard FileManager.default.fileExists(atPath: path) else {
                throw ConfigError(file: path, message: "no such configuration file")
            }
            return path
        }
        return searchPaths().first { FileManager.default.fileExists(atPath: $0) }
    }

    /// ./wirewatch.toml, the user's config dir, /etc/wirewatch/wirewatch.toml (and systemd's
    /// ConfigurationDirectory when set).
    func searchPaths() -> [String] {
        var paths = [absolute("wirewatch.toml"), userConfigDirectory() + "/wirewatch/wirewatch.toml"]
        if let dir = environment["CONFIGURATION_DIRECTORY"]?.split(separator: ":").first {
            paths.append(String(dir) + "/wirewatch.toml")
        }
        paths.append("/etc/wirewatch/wirewatch.toml")
        return paths
    }

    /// Where `feeds add` creates a configuration when none exists.
    func defaultWritablePath() -> String {
        userConfigDirectory() + "/wirewatch/wirewatch.toml"
    }

    /// $STATE_DIRECTORY/wirewatch.sqlite under systemd, else $XDG_DATA_HOME/wirewatch/wirewatch.sqlite.
    func defaultDatabasePath() -> String {
        if let dir = environment["STATE_DIRECTORY"]?.split(separator: ":").first {
            return String(dir) + "/wirewatch.sqlite"
        }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home() + "/.local/share"
        return data + "/wirewatch/wirewatch.sqlite"
    }

    func absolute(_ path: String, relativeTo base: String? = nil) -> String {
        let expanded = path.hasPrefix("~/") ? home() + path.dropFirst(1) : path
        if expanded.hasPrefix("/") { return expanded }
        return (base ?? currentDirectory) + "/" + expanded
    }

    private func userConfigDirectory() -> String {
        environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home() + "/.config"
    }

    private func home() -> String {
        environment["HOME"] ?? NSHomeDirectory()
    }
}
