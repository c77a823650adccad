/// The hashed surface properties of one token, computed once per token and shared by templates.
struct WordTraits: Sendable {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var firstPart: UInt64 = 0
    var lastPart: UInt64 = 0
    var flags: UInt64 = 0

    /// A padding value for positions before the first and after the last token.
    static func boundary(_ marker: UInt64) -> WordTraits {
        var traits = WordTraits()
        traits.word = marker
        traits.lower = marker
        traits.shape = marker
        traits.shortShape = marker
        return traits
    }

    /// Computes traits of `text`; `buffer` is scratch space reused between calls.
    init(_ text: String, buffer: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        var word = FeatureHash.seed
        for scalar in text.unicodeScalars {
            word = FeatureHash.add(word, scalar.value)
            buffer.append(scalar.value)
        }
        self.word = word
        buffer.withUnsafeBufferPointer { scalars in
            let count = scalars.count
            // Lowercase values once, for the shape classes, lowercase forms and suffixes alike.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(count, 1)) { lowered in
                for k in 0..<count { lowered[k] = FeatureHash.lower(scalars[k]) }
                hashShape(scalars, UnsafeBufferPointer(lowered))
                hashLowerForms(scalars, UnsafeBufferPointer(lowered))
            }
        }
    }

    init() {}

    /// Shape ("Xxxx-Xxx" with runs capped at 4 repeats) and short shape (runs collapsed), flags.
    private mutating func hashShape(_ scalars: UnsafeBufferPointer<UInt32>, _ lowered: UnsafeBufferPointer<UInt32>) {
        var shape = FeatureHash.seed, short = FeatureHash.seed
        var last: UInt32 = 0, run = 0, upper = 0, letters = 0, digits = 0, hyphen = false
        for k in 0..<scalars.count {
            let value = scalars[k]
            let cls = Self.shapeClass(value, lower: lowered[k])
            if cls == 88 { upper += 1 }
            if cls == 88 || cls == 120 { letters += 1 }
            if cls == 100 { digits += 1 }
            if value == 45 { hyphen = true }
            run = cls == last ? run + 1 : 1
            if run <= 4 { shape = FeatureHash.add(shape, cls) }
            if run == 1 { short = FeatureHash.add(short, cls) }
            last = cls
        }
        self.shape = shape
        shortShape = short
        flags = Self.flags(count: scalars.count, upper: upper, letters: letters, digits: digits, hyphen: hyphen)
    }

    private static func flags(count: Int, upper: Int, letters: Int, digits: Int, hyphen: Bool) -> UInt64 {
        var flags: UInt64 = UInt64(min(count, 12))
        if upper > 1 && upper == letters { flags |= 1 << 8 }
        if digits > 0 { flags |= 1 << 9 }
        if hyphen { flags |= 1 << 10 }
        return flags
    }

    /// X for uppercase, x for lowercase, d for digits, the scalar itself otherwise.
    @inline(__always)
    static func shapeClass(_ value: UInt32) -> UInt32 {
        shapeClass(value, lower: FeatureHash.lower(value))
    }

    /// The same with `FeatureHash.lower(value)` given.
    @inline(__always)
    static func shapeClass(_ value: UInt32, lower: UInt32) -> UInt32 {
        if value >= 48 && value <= 57 { return 100 }
        if lower != value { return 88 }
        if value >= 97 && value <= 122 || value >= 0xDF && value <= 0x24F || value >= 0x370 { return 120 }
        return value
    }

    /// Lowercase form, prefixes 1–3, suffixes 1–4, and the first and last hyphen parts.
    private mutating func hashLowerForms(_ scalars: UnsafeBufferPointer<UInt32>, _ lowered: UnsafeBufferPointer<UInt32>) {
        var lower = FeatureHash.seed, part = FeatureHash.seed, first: UInt64? = nil
        for index in 0..<scalars.count {
            let value = scalars[index], folded = lowered[index]
            lower = FeatureHash.add(lower, folded)
            if index == 0 { prefixes.0 = lower } else if index == 1 { prefixes.1 = lower } else if index == 2 { prefixes.2 = lower }
            if value == 45 { if first == nil { first = part }; part = FeatureHash.seed } else { part = FeatureHash.add(part, folded) }
        }
        self.lower = lower
        firstPart = first ?? 0
        lastPart = first == nil ? 0 : part
        suffixes = (Self.suffix(lowered, 1), Self.suffix(lowered, 2), Self.suffix(lowered, 3), Self.suffix(lowered, 4))
    }

    /// The hash of the last `length` lowercased values (0 unless the word is longer).
    @inline(__always)
    private static func suffix(_ lowered: UnsafeBufferPointer<UInt32>, _ length: Int) -> UInt64 {
        guard lowered.count > length else { return 0 }
        var hash = FeatureHash.seed &+ UInt64(length)
        for k in (lowered.count - length)..<lowered.count { hash = FeatureHash.add(hash, lowered[k]) }
        return hash
    }
}
