extension StringProtocol {
    /// The first occurrence of `needle`, found by comparing UTF-8 bytes (no Foundation bridging).
    func utf8Range(of needle: String) -> Range<String.Index>? {
        var needle = needle
        return needle.withUTF8 { utf8Range(of: $0) }
    }

    private func utf8Range(of pattern: UnsafeBufferPointer<UInt8>) -> Range<String.Index>? {
        guard let first = pattern.first else { return nil }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= pattern.count else { return nil }
            var i = 0
            let last = bytes.count - pattern.count
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return i }
                }
                i += 1
            }
            return nil
        }
        let offset: Int?
        if let found { offset = found } else { offset = slowOffset(of: Array(pattern)) }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    private func slowOffset(of pattern: [UInt8]) -> Int? {
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
        return nil
    }

    /// Whether the text contains `needle` (UTF-8 comparison).
    func utf8Contains(_ needle: String) -> Bool {
        utf8Range(of: needle) != nil
    }
}
