import Foundation

/// An item's stem frequencies as a unit vector for cosine similarity: sublinear term weights
/// (1 + ln tf), normalised, keyed by a stable 64-bit hash of the stem and sorted by it.
/// A cosine is one merge of two sorted arrays; storage keeps it as a blob, so comparing an item
/// with stored story members decodes no text and builds no dictionaries.
public struct StemVector: Sendable, Hashable, Codable {
    /// Stem hashes, ascending and distinct.
    public private(set) var keys: [UInt64]
    /// The weight of each key; the squares sum to 1 (or the vector is empty).
    public private(set) var weights: [Float]

    public static let empty = StemVector(keys: [], weights: [])

    public var isEmpty: Bool { keys.isEmpty }

    /// The unit vector of `frequencies` (stem → term frequency, values ≥ 1 count).
    public init(frequencies: [String: Double]) {
        var pairs: [(UInt64, Double)] = []
        pairs.reserveCapacity(frequencies.count)
        for (stem, tf) in frequencies where tf > 0 { pairs.append((Self.hash(stem), 1 + log(max(tf, 1)))) }
        pairs.sort { $0.0 < $1.0 }
        // A hash collision (vanishingly rare) merges the two stems' weights.
        var keys: [UInt64] = []
        var raw: [Double] = []
        keys.reserveCapacity(pairs.count)
        raw.reserveCapacity(pairs.count)
        for (key, weight) in pairs {
            if keys.last == key { raw[raw.count - 1] += weight } else {
                keys.append(key)
                raw.append(weight)
            }
        }
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.keys = keys
        self.weights = norm > 0 ? raw.map { Float($0 / norm) } : []
        if norm == 0 { self.keys = [] }
    }

    /// A vector from its stored parts; nil when they do not form one (lengths differ, keys unsorted).
    public init?(keys: [UInt64], weights: [Float]) {
        guard keys.count == weights.count else { return nil }
        for i in keys.indices.dropFirst() where keys[i - 1] >= keys[i] { return nil }
        self.keys = keys
        self.weights = weights
    }

    /// The cosine of two unit vectors, 0…1.
    public func cosine(_ other: StemVector) -> Double {
        var i = 0, j = 0
        var dot: Float = 0
        let a = keys, b = other.keys
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x == y {
                dot += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, max(0, Double(dot)))
    }

    /// FNV-1a over the stem's UTF-8 bytes with a final avalanche: stable across runs and machines.
    public static func hash(_ stem: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stem.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}

/// A set of string keys as sorted distinct 64-bit hashes: intersections by one merge.
public struct KeySet: Sendable, Hashable, Codable {
    public private(set) var hashes: [UInt64]

    public init(_ keys: [String]) {
        var hashes = keys.map(StemVector.hash)
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        self.hashes = unique
    }

    /// A set from stored hashes; nil unless they are ascending and distinct.
    public init?(hashes: [UInt64]) {
        for i in hashes.indices.dropFirst() where hashes[i - 1] >= hashes[i] { return nil }
        self.hashes = hashes
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// |self ∩ other|.
    public func intersectionCount(_ other: KeySet) -> Int {
        var i = 0, j = 0, shared = 0
        let a = hashes, b = other.hashes
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
