/// Allocation-free 64-bit hashing of scalars and feature templates (FNV-1a plus a final mix).
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one value into a running FNV-1a hash.
    @inline(__always)
    static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// Combines a template id with up to two value hashes into a well-mixed feature hash.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var x = template &* 0x9E37_79B9_7F4A_7C15 ^ a
        x = (x ^ (x >> 31)) &* 0xBF58_476D_1CE4_E5B9 ^ b
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// Hash of a whole string, lowercased: the key used for gazetteer look-ups.
    static func lowercased(_ text: Substring) -> UInt64 {
        var hash = seed
        for scalar in text.unicodeScalars { hash = add(hash, lower(scalar.value)) }
        return hash
    }

    /// Whether `text` starts with an uppercase letter (ASCII and Latin-1 inline).
    @inline(__always)
    static func startsUppercase(_ text: String) -> Bool {
        guard let value = text.unicodeScalars.first?.value else { return false }
        if value < 0x80 { return value >= 65 && value <= 90 }
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        return Unicode.Scalar(value)?.properties.isUppercase == true
    }

    /// Whether `text` starts with a lowercase letter (ASCII and Latin-1 inline).
    @inline(__always)
    static func startsLowercase(_ text: String) -> Bool {
        guard let value = text.unicodeScalars.first?.value else { return false }
        if value < 0x80 { return value >= 97 && value <= 122 }
        if value < 0x100 { return value >= 0xDF && value != 0xF7 }
        return Unicode.Scalar(value)?.properties.isLowercase == true
    }

    /// Uppercases one scalar: ASCII and Latin-1 inline, others through Unicode properties.
    @inline(__always)
    static func upper(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return (value >= 97 && value <= 122) ? value - 32 : value }
        if value >= 0xE0 && value <= 0xFE && value != 0xF7 { return value - 32 }
        if value < 0x100 { return value }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenUppercased,
            let first = scalar.properties.uppercaseMapping.unicodeScalars.first
        else { return value }
        return first.value
    }

    /// Lowercases one scalar: ASCII and Latin-1 inline, others through Unicode properties.
    @inline(__always)
    static func lower(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return (value >= 65 && value <= 90) ? value + 32 : value }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 32 }
        if value < 0x100 { return value }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased,
            let first = scalar.properties.lowercaseMapping.unicodeScalars.first
        else { return value }
        return first.value
    }
}
