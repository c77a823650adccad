import Foundation
import Storage

/// Document frequencies for keyphrase scoring: read from the store once per key and kept, bounded,
/// for at most `maxAge` (a slightly stale count does not change rankings; one from when the
/// database was empty does: a daemon started on a new database would otherwise score with N = 0,
/// no inverse frequency at all, for as long as it runs). After `maxAge` the next lookup starts a
/// new generation: every key and the document count are read again.
final class FrequencyCache: @unchecked Sendable {
    /// Reads the frequencies of some keys and the number of analysed documents.
    typealias Loader = @Sendable ([String]) -> (frequencies: [String: Int], documents: Int)

    private let load: Loader
    private let lock = NSLock()
    private var frequencies: [String: Int] = [:]
    private var documents: Int?
    /// When the current generation read its first value (monotonic nanoseconds).
    private var generationStart: UInt64?
    private let capacity: Int
    private let maxAge: UInt64
    private let now: @Sendable () -> UInt64

    /// How long values are kept by default.
    static let defaultMaxAge: Duration = .seconds(300)

    convenience init(store: Store, capacity: Int = 200_000, maxAge: Duration = FrequencyCache.defaultMaxAge) {
        self.init(capacity: capacity, maxAge: maxAge) { keys in
            (try? store.documentFrequencies(keys)) ?? ([:], 0)
        }
    }

    init(
        capacity: Int, maxAge: Duration, now: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
        load: @escaping Loader
    ) {
        self.capacity = max(1, capacity)
        let (seconds, attoseconds) = maxAge.components
        self.maxAge = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
        self.now = now
        self.load = load
    }

    func frequency(_ key: String) -> Int {
        lock.lock()
        expireIfOld()
        if let known = frequencies[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let loaded = load([key]).frequencies[key] ?? 0
        lock.lock()
        expireIfOld()
        if frequencies.count >= capacity { frequencies.removeAll(keepingCapacity: true) }
        frequencies[key] = loaded
        if generationStart == nil { generationStart = now() }
        lock.unlock()
        return loaded
    }

    var documentCount: Int {
        lock.lock()
        defer { lock.unlock() }
        expireIfOld()
        if let documents { return documents }
        let loaded = load([]).documents
        documents = loaded
        if generationStart == nil { generationStart = now() }
        return loaded
    }

    /// Forgets everything (after a batch of commits changed the counts noticeably).
    func reset() {
        lock.lock()
        clear()
        lock.unlock()
    }

    /// Under the lock: ends the generation once it is older than `maxAge`.
    private func expireIfOld() {
        guard let start = generationStart, now() &- start > maxAge else { return }
        clear()
    }

    private func clear() {
        frequencies.removeAll(keepingCapacity: true)
        documents = nil
        generationStart = nil
    }
}
