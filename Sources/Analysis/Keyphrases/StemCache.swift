import Foundation

/// Stems and term entries (`TermTable`) of words already seen, per language, shared by all extractions of the process: news
/// text repeats its vocabulary, and a Snowball stem costs far more than a look-up. Stemming is
/// a pure function of the word, so results are the same with or without the cache.
/// Thread-safe (one lock per language table); bounded: a table that grows past `limit`
/// entries starts afresh.
final class StemCache: @unchecked Sendable {
    static let shared = StemCache()
    /// Entries per language before a table is emptied.
    static let limit = 200_000

    final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var stems: [String: String] = [:]
        private var entries: [String: TermEntry] = [:]

        /// The cached term entry of a word as written (before lowercasing), if any.
        func entry(of word: String) -> TermEntry? {
            lock.lock()
            defer { lock.unlock() }
            return entries[word]
        }

        func insert(_ entry: TermEntry, for word: String) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count >= StemCache.limit { entries.removeAll(keepingCapacity: true) }
            entries[word] = entry
        }

        /// The cached stem of `word`, if any.
        func stem(of word: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return stems[word]
        }

        func insert(_ stem: String, for word: String) {
            lock.lock()
            defer { lock.unlock() }
            if stems.count >= StemCache.limit { stems.removeAll(keepingCapacity: true) }
            stems[word] = stem
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
