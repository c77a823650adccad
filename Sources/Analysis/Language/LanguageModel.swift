import Foundation

/// The character n-gram model of `LanguageIdentifier`, loaded once from the bundled
/// `langid-model.txt` (built by scripts/analysis/build-langid.py).
///
/// Each n-gram (1 to 3 letters of a word padded with spaces) is packed into a `UInt64`, 21 bits
/// per scalar, and maps to a row of log-probabilities, one per language.
struct LanguageModel: Sendable {
    /// ISO 639-1 codes in the order of the columns.
    let languages: [String]
    /// Packed n-gram → row index into `weights`.
    let rows: [UInt64: Int32]
    /// `rows.count × languages.count` log-probabilities (nats).
    let weights: [Float]
    /// Function word → bit set of the languages it belongs to.
    let stopwords: [String: UInt32]
    /// `rows` as an open-addressing table for the hot path.
    let table: GramTable
    /// The same, keyed by `hash(_:)` of the word's scalars (the hot path builds no strings).
    let stopwordHashes: HashTable64

    /// Penalty in tenths of a nat for a known n-gram a language never saw, plus 1 nat per letter.
    static let unseenTenths: Float = 120
    /// Quantised value that marks an unseen n-gram in the model file.
    static let unseenMark = 255

    /// The model in the module's resources; empty (every text "und") when the file is missing.
    static let bundled: LanguageModel = {
        guard let url = Bundle.module.url(forResource: "langid-model", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "langid-model", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return LanguageModel(languages: [], rows: [:], weights: [], stopwords: [:]) }
        return parse(text)
    }()

    /// Parses the model file format written by build-langid.py.
    static func parse(_ text: String) -> LanguageModel {
        var languages: [String] = []
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        var stopwords: [String: UInt32] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("#langs"), fields.count == 2 {
                languages = fields[1].split(separator: " ").map(String.init)
            } else if line.hasPrefix("#stop"), fields.count == 3, let column = languages.firstIndex(of: String(fields[1])) {
                for word in fields[2].split(separator: " ") { stopwords[String(word), default: 0] |= 1 << UInt32(column) }
            } else if fields.count == 2 {
                let gram = String(fields[0]).replacingOccurrences(of: "_", with: " ")
                rows[pack(gram.unicodeScalars)] = Int32(rows.count)
                weights.append(contentsOf: fields[1].split(separator: " ").map { weight(Int($0) ?? unseenMark, length: gram.unicodeScalars.count) })
            }
        }
        return LanguageModel(languages: languages, rows: rows, weights: weights, stopwords: stopwords)
    }

    init(languages: [String], rows: [UInt64: Int32], weights: [Float], stopwords: [String: UInt32]) {
        self.languages = languages
        self.rows = rows
        self.table = GramTable(rows)
        self.weights = weights
        self.stopwords = stopwords
        var hashes: [UInt64: UInt32] = [:]
        for (word, bits) in stopwords { hashes[Self.hash(word.unicodeScalars), default: 0] |= bits }
        var table = HashTable64(capacity: hashes.count)
        for (hash, bits) in hashes.sorted(by: { $0.key < $1.key }) { table.insert(hash, Int32(bitPattern: bits)) }
        self.stopwordHashes = table
    }

    /// FNV-1a over scalar values: the key of a word in `stopwordHashes`.
    @inline(__always)
    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100_0000_01b3 }
        return h
    }

    static func weight(_ tenths: Int, length: Int) -> Float {
        if tenths == unseenMark { return -(unseenTenths + 10 * Float(length)) / 10 }
        return -Float(tenths) / 10
    }

    /// Packs up to three scalars into one key.
    @inline(__always)
    static func pack<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var key: UInt64 = 0
        for s in scalars { key = key << 21 | UInt64(s.value) }
        return key
    }
}
