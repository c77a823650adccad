/// Pairwise precision, recall and F1 of a clustering against gold labels.
struct PairwiseScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    /// Counts over all pairs `i < j` for which `include` holds.
    init(count: Int, predicted: (Int, Int) -> Bool, gold: (Int, Int) -> Bool, include: (Int, Int) -> Bool = { _, _ in true }) {
        for i in 0..<count {
            for j in (i + 1)..<count where include(i, j) {
                switch (predicted(i, j), gold(i, j)) {
                case (true, true): truePositives += 1
                case (true, false): falsePositives += 1
                case (false, true): falseNegatives += 1
                case (false, false): break
                }
            }
        }
    }

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var goldPairs: Int { truePositives + falseNegatives }

    var description: String {
        "precision \(format(precision)) recall \(format(recall)) F1 \(format(f1)) over \(goldPairs) gold pairs "
            + "(\(falsePositives) false, \(falseNegatives) missed)"
    }

    func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(thousandths % 1000).leftPadded(3))"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
