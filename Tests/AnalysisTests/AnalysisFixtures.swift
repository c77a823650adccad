import Foundation

/// Test inputs read in place from ../shared (the oracles and the seed article), when present.
enum AnalysisFixtures {
    /// The folder of this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// `../shared` beside the package root (absent for users who clone the project).
    static let shared = folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// The text of a file under ../shared, or nil when it is absent.
    static func shared(_ path: String) -> String? {
        try? String(contentsOf: shared.appendingPathComponent(path), encoding: .utf8)
    }

    /// The first seed article under ../shared/seed, or nil when there is none.
    static func seedArticle() -> String? {
        let dir = shared.appendingPathComponent("seed")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path),
              let name = names.filter({ $0.hasSuffix(".txt") }).sorted().first
        else { return nil }
        return try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }
}
