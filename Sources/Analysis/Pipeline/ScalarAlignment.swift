/// Maps offsets in a cleaned text back to the text it was cleaned from.
///
/// The cleaned body is the original with pieces taken out (author line, credit, dateline, codes)
/// and whitespace normalised, so each cleaned scalar has a place in the original. Alignment walks
/// both forward; at a mismatch it looks for the next run of cleaned text in the original and
/// resumes there. Whitespace in the cleaned text may stand for any whitespace run.
public struct ScalarAlignment: Sendable {
    /// `positions[i]` is the original offset of cleaned scalar `i`; one extra entry maps the end.
    public let positions: [Int]

    public init(clean: [Unicode.Scalar], original: [Unicode.Scalar]) {
        var positions = [Int]()
        positions.reserveCapacity(clean.count + 1)
        var j = 0
        for i in clean.indices {
            if j < original.count, Self.same(clean[i], original[j]) {
                positions.append(j)
                j += 1
                continue
            }
            if clean[i].properties.isWhitespace {
                while j < original.count, original[j].properties.isWhitespace, !Self.same(clean[i], original[j]) { j += 1 }
                positions.append(min(j, original.count))
                if j < original.count, original[j].properties.isWhitespace { j += 1 }
                continue
            }
            j = Self.find(clean, from: i, in: original, after: j) ?? j
            positions.append(min(j, original.count))
            if j < original.count { j += 1 }
        }
        positions.append(clean.isEmpty ? 0 : min((positions.last ?? 0) + 1, original.count))
        self.positions = positions
    }

    /// The original offset for a cleaned start offset.
    public func start(_ offset: Int) -> Int { positions[min(max(offset, 0), positions.count - 1)] }

    /// The original offset for a cleaned end offset (exclusive).
    public func end(_ offset: Int) -> Int {
        guard offset > 0 else { return start(0) }
        return positions[min(offset - 1, positions.count - 2)] + 1
    }

    private static func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a == b || (a.properties.isWhitespace && b.properties.isWhitespace)
    }

    /// The original offset where the cleaned text from `i` (up to 24 scalars) occurs next.
    private static func find(_ clean: [Unicode.Scalar], from i: Int, in original: [Unicode.Scalar], after j: Int) -> Int? {
        let length = min(24, clean.count - i)
        guard length > 0, j < original.count else { return nil }
        var p = j
        while p + length <= original.count {
            var k = 0
            while k < length, same(clean[i + k], original[p + k]) { k += 1 }
            if k == length { return p }
            p += 1
        }
        return nil
    }
}

extension AnalysisResult {
    /// The same result with every offset counted in the scalars of `text` (the input), not of `cleanBody`.
    public func offsets(relativeTo text: String) -> AnalysisResult {
        let map = ScalarAlignment(clean: Array(cleanBody.unicodeScalars), original: Array(text.unicodeScalars))
        var copy = self
        copy.tokens = tokens.map { Token(text: $0.text, start: map.start($0.start), end: map.end($0.end), kind: $0.kind) }
        copy.sentences = sentences.map { Sentence(start: map.start($0.start), end: map.end($0.end), tokens: $0.tokens) }
        copy.entities = entities.map { var e = $0; e.start = map.start(e.start); e.end = map.end(e.end); return e }
        copy.quotes = quotes.map { var q = $0; q.start = map.start(q.start); q.end = map.end(q.end); return q }
        return copy
    }
}
