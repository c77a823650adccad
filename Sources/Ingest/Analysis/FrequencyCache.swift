import Foundation
import Storage

/// Document frequencies for keyphrase scoring: read from the store once per key and kept,
/// bounded, for the life of a pipeline (a slightly stale count does not change rankings).
final class FrequencyCache: @unchecked Sendable {
    private let store: Store
    private let lock = NSLock()
    private var frequencies: [String: Int] = [:]
    private var documents: Int?
    private let capacity: Int

    init(store: Store, capacity: Int = 200_000) {
        self.store = store
        self.capacity = capacity
    }

    func frequency(_ key: String) -> Int {
        lock.lock()
        if let known = frequencies[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let loaded = (try? store.documentFrequencies([key]).frequencies[key]) ?? 0
        lock.lock()
        if frequencies.count >= capacity { frequencies.removeAll(keepingCapacity: true) }
        frequencies[key] = loaded
        lock.unlock()
        return loaded
    }

    var documentCount: Int {
        lock.lock()
        defer { lock.unlock() }
        if let documents { return documents }
        let loaded = (try? store.documentFrequencies([String]()).documents) ?? 0
        documents = loaded
        return loaded
    }

    /// Forgets everything (after a batch of commits changed the counts noticeably).
    func reset() {
        lock.lock()
        frequencies.removeAll(keepingCapacity: true)
        documents = nil
        lock.unlock()
    }
}
