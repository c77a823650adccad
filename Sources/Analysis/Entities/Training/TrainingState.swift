/// Weights, their running sums for averaging, and the update counter of a perceptron in training.
struct TrainingState {
    var model: PerceptronModel
    /// Σ step × update per weight: the average is w − sums / steps.
    var sums: [Double]
    var steps: Double = 1
    private var features: [UInt64] = []
    private var scores: [Float]
    /// Share of features left out of each update (0 = none): forces reliance on more than one cue.
    var dropout: Double = 0
    private var random = SplitMix(seed: 99)

    init(bits: Int) {
        model = PerceptronModel(bits: bits)
        sums = [Double](repeating: 0, count: model.weights.count)
        scores = [Float](repeating: 0, count: model.tags)
    }

    /// Tags one sentence greedily, updating on each wrong tag; returns the number right.
    mutating func learn(_ sentence: SentenceFeatures, gold: [BIOTag]) -> Int {
        var predicted: [BIOTag] = []
        var correct = 0
        for i in 0..<sentence.count {
            features.removeAll(keepingCapacity: true)
            let previous = predicted.last ?? .outside, before = i > 1 ? predicted[i - 2] : .outside
            sentence.features(at: i, previous: previous.raw, beforePrevious: before.raw, into: &features)
            model.score(features, into: &scores)
            let guess = PerceptronModel.best(scores, after: previous)
            if guess == gold[i] { correct += 1 } else {
                if dropout > 0 { dropFeatures() }
                update(gold: gold[i].raw, wrong: guess.raw)
            }
            predicted.append(guess)
            steps += 1
        }
        return correct
    }

    private mutating func dropFeatures() {
        let threshold = UInt64(dropout * Double(UInt64.max >> 11)) << 11
        var kept: [UInt64] = []
        for feature in features where random.next() >= threshold { kept.append(feature) }
        features = kept
    }

    private mutating func update(gold: Int, wrong: Int) {
        let step = steps
        for feature in features {
            let base = model.offset(feature)
            model.weights[base + gold] += 1
            model.weights[base + wrong] -= 1
            sums[base + gold] += step
            sums[base + wrong] -= step
        }
    }

    /// The averaged weights.
    func averaged() -> PerceptronModel {
        var result = model
        for i in result.weights.indices where sums[i] != 0 || result.weights[i] != 0 {
            result.weights[i] = Float(Double(model.weights[i]) - sums[i] / steps)
        }
        return result
    }
}
