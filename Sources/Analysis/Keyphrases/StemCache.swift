import Foundation

/// Stems and term entries (`TermTable`) of words already seen, per language, shared by all
/// extractions of the process: news text repeats its vocabulary, and a Snowball stem costs far
/// more than a look-up. Both are pure functions of the word's bytes, and words are matched by
/// their bytes (`ByteKey`), so results are the same with or without the cache. Thread-safe (one
/// lock per language table); bounded: a table that grows past `limit` entries starts afresh.
final class StemCache: @unchecked Sendable {
    static let shared = StemCache()
    /// Entries per language before a table is emptied.
    static let limit = 200_000

    final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var stems: [ByteKey: String] = [:]
        private var entries: [ByteKey: TermEntry] = [:]

        /// The cached term entry of a word as written (before lowercasing), if any.
        func entry(of word: String) -> TermEntry? {
            lock.lock()
            defer { lock.unlock() }
            return entries[ByteKey(word)]
        }

        func insert(_ entry: TermEntry, for word: String) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count >= StemCache.limit { entries.removeAll(keepingCapacity: true) }
            entries[ByteKey(word)] = entry
        }

        /// The cached stem of `word`, if any.
        func stem(of word: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return stems[ByteKey(word)]
        }

        func insert(_ stem: String, for word: String) {
            lock.lock()
            defer { lock.unlock() }
            if stems.count >= StemCache.limit { stems.removeAll(keepingCapacity: true) }
            stems[ByteKey(word)] = stem
        }
    }

    private let lock = NSLock()
    private var tables: [String: Table] = [:]

    /// The table of `language` (made on first use).
    func table(for language: String) -> Table {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[language] { return table }
        let table = Table()
        tables[language] = table
        return table
    }
}

/// A cache key that matches a word by its exact UTF-8 bytes: `String` equality is canonical
/// equivalence, but stems and lowercase forms are computed from the bytes, so "müller" written
/// with a combining diaeresis must not find the entry of the precomposed spelling.
struct ByteKey: Hashable, Sendable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        var text = text
        self.hash = text.withUTF8 { bytes in
            var hash = FeatureHash.seed
            for byte in bytes { hash = FeatureHash.add(hash, UInt32(byte)) }
            return hash
        }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        let count = a.text.utf8.count
        guard a.hash == b.hash, count == b.text.utf8.count else { return false }
        guard count > 0 else { return true }
        var x = a.text, y = b.text
        return x.withUTF8 { xb in y.withUTF8 { yb in memcmp(xb.baseAddress!, yb.baseAddress!, count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
