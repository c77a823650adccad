/// Trains a `PerceptronModel` as a structured averaged perceptron with Viterbi decoding.
///
/// Deterministic: the sentence order of each epoch comes from a fixed-seed generator, so the same
/// corpus, gazetteer and settings give the same weights byte for byte.
public struct PerceptronTrainer: Sendable {
    public var bits: Int
    public var epochs: Int
    public var seed: UInt64
    /// Share of features left out of each update.
    public var dropout: Double

    /// Models trained with seeds `seed`, `seed + 1` … (sentence orders) whose weights are averaged:
    /// less dependence on one order, and the same size and speed as one model.
    public var runs: Int

    /// Template groups to train with (stored with the model).
    public var options: FeatureOptions = []

    public init(bits: Int = 18, epochs: Int = 10, seed: UInt64 = 2014, dropout: Double = 0, runs: Int = 1) {
        self.bits = bits
        self.epochs = epochs
        self.seed = seed
        self.dropout = dropout
        self.runs = runs
    }

    /// Trains on `sentences`; `progress` gets (epoch, token accuracy) after each epoch.
    public func train(
        _ sentences: [LabeledSentence], gazetteer: Gazetteer, vocabulary: Vocabulary, progress: (Int, Double) -> Void = { _, _ in }
    ) -> PerceptronModel {
        let prepared = sentences.map { sentence in
            SentenceFeatures(tokens: sentence.joined().tokens[...], gazetteer: gazetteer, vocabulary: vocabulary, options: options)
        }
        var result = train(sentences, prepared: prepared, seed: seed, progress: progress)
        result.options = options
        guard runs > 1 else { return result }
        for run in 1..<runs {
            let other = train(sentences, prepared: prepared, seed: seed &+ UInt64(run), progress: progress)
            for i in result.weights.indices where other.weights[i] != 0 { result.weights[i] += other.weights[i] }
        }
        let share = 1 / Float(runs)
        for i in result.weights.indices where result.weights[i] != 0 { result.weights[i] *= share }
        return result
    }

    private func train(
        _ sentences: [LabeledSentence], prepared: [SentenceFeatures], seed: UInt64, progress: (Int, Double) -> Void
    ) -> PerceptronModel {
        var state = TrainingState(bits: bits)
        state.dropout = dropout
        var order = Array(sentences.indices)
        var random = SplitMix(seed: seed)
        for epoch in 1...epochs {
            random.shuffle(&order)
            var correct = 0, total = 0
            for index in order {
                correct += state.learn(prepared[index], gold: sentences[index].tags)
                total += sentences[index].tags.count
            }
            progress(epoch, Double(correct) / Double(max(total, 1)))
        }
        return state.averaged()
    }
}

/// A small deterministic generator (SplitMix64) for reproducible shuffles.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator.
    mutating func shuffle(_ array: inout [Int]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, Int(next() % UInt64(i + 1)))
        }
    }
}
