import FeedModel
import Foundation
import GRDB

/// `item_fingerprint` rows ↔ `ItemFingerprint`: integer arrays as little-endian blobs.
enum FingerprintColumns {
    static func blob(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func blob(_ values: [Int64]) -> Data {
        var data = Data(capacity: values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func integers<T: FixedWidthInteger>(_ data: Data, as type: T.Type) -> [T] {
        let size = MemoryLayout<T>.size
        return stride(from: 0, to: data.count - data.count % size, by: size).map { offset in
            data[data.startIndex + offset..<data.startIndex + offset + size]
                .reversed().reduce(T.zero) { ($0 << 8) | T(truncatingIfNeeded: $1) }
        }
    }

    /// The fingerprint of a row selecting the columns of `item_fingerprint` (lookup keys are not read back).
    static func fingerprint(_ row: Row) -> ItemFingerprint {
        ItemFingerprint(
            canonicalURL: row["canonical_url"], titleKey: row["title_key"], bodyHash: row["body_hash"],
            simhash: row["simhash"], minhash: integers(row["minhash"], as: UInt32.self),
            shingleCount: row["shingle_count"], sentenceHashes: integers(row["sentence_hashes"], as: Int64.self),
            lookupKeys: [])
    }

    /// Story features from the `entity_keys`, `keyphrase_keys` and `stems` columns (NULL reads as none).
    static func features(_ row: Row) -> StoryFeatures {
        let stems = lines(row["stems"]).reduce(into: [String: Double]()) { stems, line in
            guard let tab = line.lastIndex(of: "\t"), let weight = Double(line[line.index(after: tab)...]) else { return }
            stems[String(line[..<tab])] = weight
        }
        return StoryFeatures(entityKeys: lines(row["entity_keys"]), keyphraseKeys: lines(row["keyphrase_keys"]), stems: stems)
    }

    /// The column values of `features`: keys one a line, stems as "stem<TAB>weight" lines.
    static func columns(_ features: StoryFeatures) -> (entities: String, keyphrases: String, stems: String) {
        let clean = { (key: String) -> String in
            key.contains { $0 == "\n" || $0 == "\t" } ? String(key.map { $0 == "\n" || $0 == "\t" ? " " : $0 }) : key
        }
        return (
            features.entityKeys.map(clean).joined(separator: "\n"), features.keyphraseKeys.map(clean).joined(separator: "\n"),
            features.stems.sorted { $0.key < $1.key }.map { "\(clean($0.key))\t\($0.value)" }.joined(separator: "\n"))
    }

    static func lines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n").map(String.init)
    }
}
