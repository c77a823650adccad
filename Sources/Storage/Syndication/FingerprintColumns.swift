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

    static func features(_ row: Row) -> StoryFeatures {
        JSONColumn.decode(StoryFeatures.self, row["features"]) ?? StoryFeatures()
    }
}
