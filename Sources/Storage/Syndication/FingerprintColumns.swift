import FeedModel
import Foundation
import GRDB

/// `item_fingerprint` rows ↔ `ItemFingerprint`: integer arrays as little-endian blobs.
enum FingerprintColumns {
    static func blob(_ values: [UInt32]) -> Data {
        littleEndianBytes(values)
    }

    static func blob(_ values: [Int64]) -> Data {
        littleEndianBytes(values)
    }

    /// The integers' little-endian bytes, one after another: the array's memory as it is on a
    /// little-endian machine (appending value by value cost a call into `Data` per integer).
    private static func littleEndianBytes<T: FixedWidthInteger>(_ values: [T]) -> Data {
        #if _endian(little)
        return values.withUnsafeBytes { Data($0) }
        #else
        return values.map(\.littleEndian).withUnsafeBytes { Data($0) }
        #endif
    }

    static func integers<T: FixedWidthInteger>(_ data: Data, as type: T.Type) -> [T] {
        data.withUnsafeBytes { integers($0, as: type) }
    }

    /// The little-endian integers of `raw` (a trailing partial one is ignored).
    static func integers<T: FixedWidthInteger>(_ raw: UnsafeRawBufferPointer, as type: T.Type) -> [T] {
        let size = MemoryLayout<T>.size
        return (0..<(raw.count / size)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * size, as: T.self)) }
    }

    /// A stem vector as a blob: the keys (UInt64) then the weights (Float32 bit patterns), little-endian.
    static func blob(_ vector: StemVector) -> Data {
        var data = littleEndianBytes(vector.keys)
        data.append(littleEndianBytes(vector.weights.map(\.bitPattern)))
        return data
    }

    /// The vector of a `stem_vector` blob; nil when the blob is malformed.
    static func stemVector(_ data: Data) -> StemVector? {
        guard data.count % 12 == 0 else { return nil }
        let count = data.count / 12
        return data.withUnsafeBytes { raw in
            let keys = (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
            let weights = (0..<count).map {
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count * 8 + $0 * 4, as: UInt32.self)))
            }
            return StemVector(keys: keys, weights: weights)
        }
    }

    /// The fingerprint of a row whose columns 1…7 are `canonical_url, title_key, body_hash, simhash,
    /// minhash, shingle_count, sentence_hashes` (lookup keys are not read back).
    static func fingerprint(_ row: Row) -> ItemFingerprint {
        ItemFingerprint(
            canonicalURL: row[1], titleKey: row[2], bodyHash: row[3], simhash: row[4],
            minhash: integers(row[5], as: UInt32.self), shingleCount: row[6],
            sentenceHashes: integers(row[7], as: Int64.self), lookupKeys: [])
    }

    /// `fingerprint(_:)` of the current row of a raw statement with the same columns.
    static func fingerprint(_ row: RawStatement) -> ItemFingerprint {
        ItemFingerprint(
            canonicalURL: row.string(1), titleKey: row.string(2) ?? "", bodyHash: row.optionalInt64(3), simhash: row.int64(4),
            minhash: row.withBlob(5) { integers($0, as: UInt32.self) }, shingleCount: Int(row.int64(6)),
            sentenceHashes: row.withBlob(7) { integers($0, as: Int64.self) }, lookupKeys: [])
    }

    /// Story features of a row whose columns 3…8 are `entity_hashes, keyphrase_hashes, stem_vector`
    /// and, for rows written before those existed (NULL there), `stems, entity_keys, keyphrase_keys`
    /// (stems as "stem<TAB>weight" lines, keys one a line).
    static func features(_ row: Row) -> StoryFeatures {
        if let entityBlob: Data = row[3], let phraseBlob: Data = row[4], let vectorBlob: Data = row[5],
            let entities = KeySet(hashes: integers(entityBlob, as: UInt64.self)),
            let phrases = KeySet(hashes: integers(phraseBlob, as: UInt64.self)),
            let vector = stemVector(vectorBlob)
        {
            return StoryFeatures(entitySet: entities, keyphraseSet: phrases, vector: vector)
        }
        let stems = lines(row[6]).reduce(into: [String: Double]()) { stems, line in
            guard let tab = line.lastIndex(of: "\t"), let weight = Double(line[line.index(after: tab)...]) else { return }
            stems[String(line[..<tab])] = weight
        }
        return StoryFeatures(entityKeys: lines(row[7]), keyphraseKeys: lines(row[8]), stems: stems)
    }

    /// The column values of `features`: keys one a line (for people reading the table), and the
    /// blobs compared: key hashes and the stem vector.
    static func columns(_ features: StoryFeatures) -> (
        entities: String, keyphrases: String, entityHashes: Data, keyphraseHashes: Data, vector: Data
    ) {
        let clean = { (key: String) -> String in
            key.contains { $0 == "\n" || $0 == "\t" } ? String(key.map { $0 == "\n" || $0 == "\t" ? " " : $0 }) : key
        }
        return (
            features.entityKeys.map(clean).joined(separator: "\n"), features.keyphraseKeys.map(clean).joined(separator: "\n"),
            blob(features.entitySet.hashes.map { Int64(bitPattern: $0) }),
            blob(features.keyphraseSet.hashes.map { Int64(bitPattern: $0) }), blob(features.vector))
    }

    static func lines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n").map(String.init)
    }
}
