import Testing

@testable import WirewatchCLI

@Suite struct DigestConfigTests {
    let loader = ConfigLoader(locator: ConfigLocator(environment: ["HOME": "/home/analyst"], currentDirectory: "/srv"))

    @Test func outputDirDefaultsToDigestsBesideTheDatabase() throws {
        let config = try loader.parse(text: "database = \"/var/lib/wirewatch/w.sqlite\"\n", path: "/etc/wirewatch/wirewatch.toml")
        #expect(config.digest.directory(database: config.database) == "/var/lib/wirewatch/digests")
    }

    @Test func outputDirIsResolvedAgainstTheConfigFile() throws {
        let config = try loader.parse(text: "[digest]\noutput_dir = \"out\"\n", path: "/etc/wirewatch/wirewatch.toml")
        #expect(config.digest.directory(database: config.database) == "/etc/wirewatch/out")
    }

    @Test func unknownDigestKeyIsAnError() {
        #expect(throws: ConfigError.self) { try loader.parse(text: "[digest]\noutput = \"x\"\n", path: "/etc/w.toml") }
    }
}
