import Foundation

extension PerceptronModel {
    /// Errors reading a model file.
    public enum FormatError: Error, Sendable {
        case badMagic, truncated, badHeader
    }

    /// Serialises the weights, dropping buckets whose largest weight is below `threshold`.
    public func serialized(threshold: Float) -> Data {
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = Data(Self.magic)
        var entries = Data()
        var count: UInt32 = 0
        for bucket in 0..<(1 << bits) {
            let slice = weights[(bucket * tags)..<((bucket + 1) * tags)]
            guard slice.contains(where: { abs($0) >= threshold }) else { continue }
            count += 1
            Self.append(UInt32(bucket), to: &entries)
            for w in slice { Self.append(UInt16(bitPattern: Int16((w / scale).rounded())), to: &entries) }
        }
        for value in [UInt32(bits), UInt32(tags), scale.bitPattern, count] { Self.append(value, to: &out) }
        out.append(entries)
        if !options.isEmpty {
            var payload = Data()
            Self.append(options.rawValue, to: &payload)
            Self.appendSection(Self.optionsMagic, payload, to: &out)
        }
        return out
    }

    /// Reads a model written by `serialized(threshold:)`.
    public init(data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 24, Array(bytes[0..<8]) == Self.magic else { throw FormatError.badMagic }
        let bits = Int(Self.uint32(bytes, 8)), tags = Int(Self.uint32(bytes, 12))
        let scale = Float(bitPattern: Self.uint32(bytes, 16)), count = Int(Self.uint32(bytes, 20))
        guard bits > 0 && bits <= 26, tags == BIOTag.count else { throw FormatError.badHeader }
        let stride = 4 + 2 * tags
        guard bytes.count >= 24 + count * stride else { throw FormatError.truncated }
        var values: [Int16] = []
        values.reserveCapacity(count * tags)
        var buckets: [Int] = []
        buckets.reserveCapacity(count)
        var ascending = true, last = -1
        for entry in 0..<count {
            let at = 24 + entry * stride
            let bucket = Int(Self.uint32(bytes, at))
            guard bucket < 1 << bits else { throw FormatError.badHeader }
            if bucket <= last { ascending = false }
            last = bucket
            buckets.append(bucket)
            for t in 0..<tags {
                let raw = UInt16(bytes[at + 4 + 2 * t]) | UInt16(bytes[at + 5 + 2 * t]) << 8
                values.append(Int16(bitPattern: raw))
            }
        }
        // Optional sections after the weights: magic (8 bytes), length (UInt32), payload. Today one:
        // the template groups (`FeatureOptions`) of a model trained without some.
        var at = 24 + count * stride
        var options = FeatureOptions()
        while at < bytes.count {
            guard bytes.count >= at + 12 else { throw FormatError.truncated }
            let magic = Array(bytes[at..<(at + 8)]), length = Int(Self.uint32(bytes, at + 8))
            guard bytes.count >= at + 12 + length else { throw FormatError.truncated }
            let payload = bytes[(at + 12)..<(at + 12 + length)]
            if magic == Self.optionsMagic, payload.count == 4 {
                options = FeatureOptions(rawValue: Self.uint32(bytes, at + 12))
            } else {
                throw FormatError.badMagic
            }
            at += 12 + length
        }
        // Buckets listed in ascending order (as `serialized` writes them) pack into the compact form,
        // and the dense table (2^bits × tags floats, tens of MB) is never built: a loaded model tags,
        // it is not trained further or re-serialized. Other files fall back to the dense table.
        if ascending {
            self.init(bits: bits, tags: tags, compact: CompactWeights(tags: tags, bits: bits, buckets: buckets, values: values))
        } else {
            self.init(bits: bits, tags: tags)
            for (entry, bucket) in buckets.enumerated() {
                for t in 0..<tags { weights[bucket * tags + t] = Float(values[entry * tags + t]) * scale }
            }
        }
        self.options = options
    }

    static let optionsMagic = Array("WWNERO1\0".utf8)

    static func appendSection(_ magic: [UInt8], _ payload: Data, to out: inout Data) {
        out.append(contentsOf: magic)
        append(UInt32(payload.count), to: &out)
        out.append(payload)
    }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
