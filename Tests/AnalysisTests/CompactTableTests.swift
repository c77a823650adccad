import Testing

@testable import Analysis

/// The packed lookup structures of loaded models: bucket ranks in a bitmap, and the lexicon table.
@Suite struct CompactTableTests {
    /// Each listed bucket finds its own row (by rank among the listed buckets), across word
    /// boundaries; an unlisted bucket adds nothing.
    @Test func packedRowsFindEachListedBucketsRow() {
        let bits = 12, tags = BIOTag.count
        let buckets = [0, 5, 63, 64, 65, 127, 200, 4095]
        var values: [Int16] = []
        for (row, _) in buckets.enumerated() { values += (0..<tags).map { Int16(row * 100 + $0) } }
        let compact = CompactWeights(tags: tags, bits: bits, buckets: buckets, values: values)
        let shift = UInt64(64 - bits)
        compact.words.withUnsafeBufferPointer { words in
            compact.ranks.withUnsafeBufferPointer { ranks in
                compact.values.withUnsafeBufferPointer { vals in
                    let rows = PackedRows(words: words.baseAddress!, ranks: ranks.baseAddress!, values: vals.baseAddress!, shift: shift, tags: tags)
                    for bucket in 0..<(1 << bits) {
                        var scores = [Float](repeating: 0, count: tags)
                        scores.withUnsafeMutableBufferPointer { rows.add(UInt64(bucket) << shift | 12345, into: $0.baseAddress!) }
                        if let row = buckets.firstIndex(of: bucket) {
                            #expect(scores == (0..<tags).map { Float(row * 100 + $0) }, "bucket \(bucket)")
                        } else {
                            #expect(scores.allSatisfy { $0 == 0 }, "bucket \(bucket)")
                        }
                    }
                }
            }
        }
    }

    /// The lexicon table answers as a dictionary with first-entry-wins inserts would: every stored
    /// key with its first value (zero included), and no value for keys never stored.
    @Test func lexiconTableMatchesADictionary() {
        var generator = SplitMix(seed: 42)
        let keys = (0..<20_000).map { _ in generator.next() }
        var table = LexiconTable(capacity: keys.count + 100)
        var expected: [UInt64: UInt32] = [:]
        for (i, key) in keys.enumerated() {
            let bits = UInt32(i % 7 == 0 ? 0 : i & 0x3FFFF)
            table.insert(key, bits)
            if expected[key] == nil { expected[key] = bits }
        }
        for (i, key) in keys.prefix(100).enumerated() { table.insert(key, UInt32(i + 1)) }  // later entries lose
        #expect(table.count == expected.count)
        for (key, bits) in expected { #expect(table.value(key) == bits) }
        for _ in 0..<20_000 {
            let absent = generator.next()
            if expected[absent] == nil { #expect(table.value(absent) == nil) }
        }
    }
}
