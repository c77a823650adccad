import Foundation

/// Test inputs: fixture files beside the tests and the shared oracles, when present.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        return [UInt8](try Data(contentsOf: url))
    }

    /// `../shared/oracles/<path>` relative to the package root; nil when absent.
    static func oracle(_ path: String) -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/oracles/" + path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

import Testing
