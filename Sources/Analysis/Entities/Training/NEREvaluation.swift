/// Exact-span precision, recall and F1 per entity kind and overall.
public struct NEREvaluation: Sendable {
    /// True positives, false positives and false negatives of one kind.
    public struct Counts: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    public private(set) var byKind: [EntityKind: Counts] = [:]
    /// The kinds that count; spans of other kinds are ignored on both sides.
    public let kinds: Set<EntityKind>

    public init(kinds: Set<EntityKind>) { self.kinds = kinds }

    /// Adds one sentence: gold and predicted spans as (token range, kind).
    public mutating func add(gold: [(Range<Int>, EntityKind)], predicted: [(Range<Int>, EntityKind)]) {
        let goldSet = Set(gold.filter { kinds.contains($0.1) }.map { Span(range: $0.0, kind: $0.1) })
        let predictedSet = Set(predicted.filter { kinds.contains($0.1) }.map { Span(range: $0.0, kind: $0.1) })
        for span in goldSet.intersection(predictedSet) { byKind[span.kind, default: Counts()].truePositives += 1 }
        for span in predictedSet.subtracting(goldSet) { byKind[span.kind, default: Counts()].falsePositives += 1 }
        for span in goldSet.subtracting(predictedSet) { byKind[span.kind, default: Counts()].falseNegatives += 1 }
    }

    /// Adds the counts of another evaluation (of the same kinds).
    public mutating func add(_ other: NEREvaluation) {
        for (kind, counts) in other.byKind {
            byKind[kind, default: Counts()].truePositives += counts.truePositives
            byKind[kind, default: Counts()].falsePositives += counts.falsePositives
            byKind[kind, default: Counts()].falseNegatives += counts.falseNegatives
        }
    }

    /// Counts summed over all kinds.
    public var overall: Counts {
        byKind.values.reduce(into: Counts()) {
            $0.truePositives += $1.truePositives
            $0.falsePositives += $1.falsePositives
            $0.falseNegatives += $1.falseNegatives
        }
    }

    /// "P 0.781 R 0.742 F1 0.761 (PER P 0.80 R 0.81 F1 0.80; LOC …)": three decimals overall.
    public var summary: String {
        let o = overall
        let parts = EntityKind.allCases.filter { kinds.contains($0) }.map { kind in
            let c = byKind[kind] ?? Counts()
            return "\(kind.rawValue) P \(Self.format(c.precision)) R \(Self.format(c.recall)) F1 \(Self.format(c.f1))"
        }
        return "P \(Self.format(o.precision, 3)) R \(Self.format(o.recall, 3)) F1 \(Self.format(o.f1, 3)) (\(parts.joined(separator: "; ")))"
    }

    static func format(_ x: Double, _ digits: Int = 2) -> String {
        var unit = 1
        for _ in 0..<digits { unit *= 10 }
        let scaled = Int((x * Double(unit)).rounded())
        if scaled >= unit { return "1." + String(repeating: "0", count: digits) }
        let text = String(scaled)
        return "0." + String(repeating: "0", count: digits - text.count) + text
    }

    /// Entity spans of a BIO tag sequence.
    public static func spans(_ tags: [BIOTag]) -> [(Range<Int>, EntityKind)] {
        var result: [(Range<Int>, EntityKind)] = []
        var start = 0
        for (i, tag) in tags.enumerated() {
            guard let kind = tag.kind, !tag.isInside || i == 0 || tags[i - 1].kind != kind else { continue }
            start = i
            var end = i + 1
            while end < tags.count, tags[end].isInside, tags[end].kind == kind { end += 1 }
            result.append((start..<end, kind))
        }
        return result
    }

    private struct Span: Hashable {
        var range: Range<Int>
        var kind: EntityKind
    }
}
