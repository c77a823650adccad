/// A set of integers that encodes as a sorted array: a `Set` encodes in its hash order, which
/// differs from run to run, so `parse --format json` and the stored polling hints changed order
/// between two runs over the same document.
@propertyWrapper
public struct SortedOnEncoding: Sendable, Hashable, Codable {
    public var wrappedValue: Set<Int>

    public init(wrappedValue: Set<Int>) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = Set(try decoder.singleValueContainer().decode([Int].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.sorted())
    }
}
