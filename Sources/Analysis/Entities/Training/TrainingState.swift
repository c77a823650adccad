/// Weights, their running sums for averaging, and the update counter of a perceptron in training.
struct TrainingState {
    var model: PerceptronModel
    /// Σ step × update per weight: the average is w − sums / steps.
    var sums: [Double]
    var steps: Double = 1
    private var features: [UInt64] = []
    /// Share of features left out of each update (0 = none): forces reliance on more than one cue.
    var dropout: Double = 0
    private var random = SplitMix(seed: 99)

    init(bits: Int) {
        model = PerceptronModel(bits: bits)
        sums = [Double](repeating: 0, count: model.weights.count)
    }

    /// Decodes one sentence with the current weights and, where the best path differs from the
    /// gold one, moves the weights towards gold (structured perceptron); returns the tags right.
    mutating func learn(_ sentence: SentenceFeatures, gold: [BIOTag]) -> Int {
        let shift = UInt64(64 - model.bits), tags = model.tags
        let predicted = model.weights.withUnsafeBufferPointer { w in
            Viterbi.decode(sentence, rows: DenseRows(weights: w.baseAddress!, shift: shift, tags: tags), tags: tags)
        }
        var correct = 0
        for i in 0..<sentence.count where predicted[i] == gold[i] { correct += 1 }
        if correct < sentence.count {
            for i in 0..<sentence.count {
                let g = gold[i].raw, p = predicted[i].raw
                let gp = i > 0 ? gold[i - 1].raw : 0, pp = i > 0 ? predicted[i - 1].raw : 0
                if g != p {
                    features.removeAll(keepingCapacity: true)
                    sentence.staticFeatures(at: i, into: &features)
                    if dropout > 0 { dropFeatures() }
                    update(gold: g, wrong: p)
                }
                if g != p || gp != pp {
                    features.removeAll(keepingCapacity: true)
                    sentence.transitionFeatures(at: i, previous: gp, shift: shift, into: &features)
                    features.append(SentenceFeatures.pairFeature(previous: gp))
                    update(tag: g, by: 1)
                    features.removeAll(keepingCapacity: true)
                    sentence.transitionFeatures(at: i, previous: pp, shift: shift, into: &features)
                    features.append(SentenceFeatures.pairFeature(previous: pp))
                    update(tag: p, by: -1)
                }
            }
        }
        steps += 1
        return correct
    }

    private mutating func dropFeatures() {
        let threshold = UInt64(dropout * Double(UInt64.max >> 11)) << 11
        var kept: [UInt64] = []
        for feature in features where random.next() >= threshold { kept.append(feature) }
        features = kept
    }

    private mutating func update(gold: Int, wrong: Int) {
        update(tag: gold, by: 1)
        update(tag: wrong, by: -1)
    }

    private mutating func update(tag: Int, by delta: Float) {
        let step = steps * Double(delta)
        for feature in features {
            let at = model.offset(feature) + tag
            model.weights[at] += delta
            sums[at] += step
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
