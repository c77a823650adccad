import Synchronization
import Testing

@testable import Ingest

@Suite struct FrequencyCacheTests {
    /// What the "database" holds, and how many reads reached it.
    final class Source: Sendable {
        struct State {
            var frequencies: [String: Int] = [:]
            var documents = 0
            var reads = 0
        }
        let state = Mutex(State())
        let clock = Mutex<UInt64>(0)

        func cache(capacity: Int = 100) -> FrequencyCache {
            FrequencyCache(capacity: capacity, maxAge: .seconds(300), now: { self.clock.withLock { $0 } }) { keys in
                self.state.withLock { state in
                    state.reads += 1
                    return (state.frequencies.filter { keys.contains($0.key) }, state.documents)
                }
            }
        }

        func advance(seconds: UInt64) { clock.withLock { $0 += seconds * 1_000_000_000 } }
        var reads: Int { state.withLock { $0.reads } }
    }

    @Test("values are read once and kept within the age limit")
    func keeps() {
        let source = Source()
        source.state.withLock { $0.frequencies = ["china": 3]; $0.documents = 10 }
        let cache = source.cache()
        #expect(cache.frequency("china") == 3)
        #expect(cache.documentCount == 10)
        source.state.withLock { $0.frequencies["china"] = 7; $0.documents = 20 }
        source.advance(seconds: 299)
        #expect(cache.frequency("china") == 3)
        #expect(cache.documentCount == 10)
        #expect(source.reads == 2)
    }

    @Test("a daemon started on an empty database sees the counts grow once values are older than the limit")
    func expires() {
        let source = Source()
        let cache = source.cache()
        #expect(cache.documentCount == 0)
        #expect(cache.frequency("belarus") == 0)
        source.state.withLock { $0.frequencies = ["belarus": 4]; $0.documents = 50 }
        source.advance(seconds: 301)
        #expect(cache.documentCount == 50)
        #expect(cache.frequency("belarus") == 4)
        // A new generation starts with the first value read after expiry.
        source.advance(seconds: 200)
        source.state.withLock { $0.documents = 60 }
        #expect(cache.documentCount == 50)
        source.advance(seconds: 101)
        #expect(cache.documentCount == 60)
    }

    @Test("the cache is bounded by its capacity")
    func bounded() {
        let source = Source()
        source.state.withLock { $0.frequencies = ["a": 1, "b": 2, "c": 3] }
        let cache = source.cache(capacity: 2)
        for key in ["a", "b", "c", "a"] { _ = cache.frequency(key) }
        // "c" filled the cache past its capacity: it was emptied, so "a" was read again.
        #expect(source.reads == 4)
        #expect(cache.frequency("c") == 3)
        #expect(source.reads == 4)
    }
}
