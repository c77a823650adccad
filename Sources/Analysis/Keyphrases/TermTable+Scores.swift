import Foundation

extension TermTable {
    /// YAKE's score of each term (lower is more important); stopwords get a high score.
    func termScores() -> [Double] {
        let counts = terms.filter { !$0.isStopword }.map { Double($0.count) }
        let mean = counts.isEmpty ? 1 : counts.reduce(0, +) / Double(counts.count)
        let variance = counts.isEmpty ? 0 : counts.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(counts.count)
        let maxCount = Double(terms.map(\.count).max() ?? 1)
        let spread = mean + variance.squareRoot()
        return terms.map { score($0, normalizer: spread, maxCount: maxCount) }
    }

    func score(_ term: Term, normalizer: Double, maxCount: Double) -> Double {
        let tf = Double(term.count)
        let casing = Double(max(term.capitalizedInside, term.acronyms)) / (1 + log(tf))
        let position = log(3 + median(term.sentences))
        let frequency = tf / max(normalizer, 1)
        let relatedness = 1 + (Double(term.leftNeighbours) + Double(term.rightNeighbours)) / (2 * tf) * tf / maxCount
        let spread = Double(distinctCount(term.sentences)) / Double(sentenceCount)
        let base = relatedness * position / (casing + frequency / relatedness + spread / relatedness)
        return term.isStopword ? base * 10 : base
    }

    /// Distinct values of an ascending array.
    func distinctCount(_ sorted: [Int]) -> Int {
        var count = 0
        for (i, value) in sorted.enumerated() where i == 0 || sorted[i - 1] != value { count += 1 }
        return count
    }

    /// The median of an ascending array.
    func median(_ sorted: [Int]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
