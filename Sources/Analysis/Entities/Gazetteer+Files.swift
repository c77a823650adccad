import Foundation

extension Gazetteer {
    /// Reads every `.tsv` file in `folder`, in name order.
    public init(folder: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "tsv" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        self.init(text: texts.joined(separator: "\n"))
    }
}
