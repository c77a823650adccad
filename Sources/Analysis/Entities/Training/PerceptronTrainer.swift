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

    /// Folds for the training-corpus dictionary (`EntityDictionary`); 0: no dictionary features.
    public var dictionaryFolds: Int

    /// Template groups to train with (stored with the model).
    public var options: FeatureOptions = []

    /// Folds for a second pass that reads the first pass's tags (stacking); 0: one pass.
    public var stackFolds = 0

    /// Static features (buckets) seen fewer times than this in training are not learnt.
    public var minimumCount = 1

    /// Cost-augmented decoding in training (0: plain perceptron).
    public var cost: Float = 0

    public init(bits: Int = 18, epochs: Int = 10, seed: UInt64 = 2014, dropout: Double = 0, runs: Int = 1, dictionaryFolds: Int = 0) {
        self.bits = bits
        self.epochs = epochs
        self.seed = seed
        self.dropout = dropout
        self.runs = runs
        self.dictionaryFolds = dictionaryFolds
    }

    /// Blocks of sentences per dictionary fold (contiguous, so that a document's names mostly stay in one fold).
    static let foldBlock = 50

    /// The dictionary of all `sentences`, the dictionary of each fold's complement, and each
    /// sentence's fold. A sentence whose lowercase text came before (a lowercased copy, a
    /// repeated line) counts once and shares the fold of its first occurrence.
    static func dictionaries(
        _ sentences: [LabeledSentence], lower: [[UInt64]], folds: Int
    ) -> (all: EntityDictionary, complements: [EntityDictionary], fold: [Int]) {
        let fold = Self.folds(lower, count: folds)
        var counts = [EntityDictionary.Counts](repeating: .init(), count: folds)
        var seen = Set<[UInt64]>()
        for (index, sentence) in sentences.enumerated() where seen.insert(lower[index]).inserted {
            counts[fold[index]].add(lower: lower[index], tags: sentence.tags)
        }
        var total = EntityDictionary.Counts()
        for part in counts { total.add(part) }
        return (total.dictionary, counts.map { $0.subtracted(from: total).dictionary }, fold)
    }

    /// Trains on `sentences`; `progress` gets (epoch, token accuracy) after each epoch.
    public func train(
        _ sentences: [LabeledSentence], gazetteer: Gazetteer, vocabulary: Vocabulary, progress: (Int, Double) -> Void = { _, _ in }
    ) -> PerceptronModel {
        let tokens = sentences.map { $0.joined().tokens }
        let lower = tokens.map { $0.map { FeatureHash.lowercased($0.text[...]) } }
        var dictionary: EntityDictionary?
        let prepared: [SentenceFeatures]
        if dictionaryFolds > 1 {
            let (all, complements, fold) = Self.dictionaries(sentences, lower: lower, folds: dictionaryFolds)
            dictionary = all
            prepared = tokens.indices.map { index in
                SentenceFeatures(tokens: tokens[index][...], gazetteer: gazetteer, vocabulary: vocabulary, dictionary: complements[fold[index]], options: options)
            }
        } else {
            prepared = tokens.map { SentenceFeatures(tokens: $0[...], gazetteer: gazetteer, vocabulary: vocabulary, options: options) }
        }
        var result = train(sentences, prepared: prepared, progress: progress)
        result.dictionary = dictionary
        result.options = options
        guard stackFolds > 1 else { return result }
        // The second pass learns from first-pass tags as the first pass makes them on sentences it
        // has not seen: each fold tagged by a first pass trained on the other folds.
        let fold = Self.folds(lower, count: stackFolds)
        var firstTags = [[BIOTag]](repeating: [], count: sentences.count)
        var inner = self
        inner.stackFolds = 0
        for k in 0..<stackFolds {
            let trained = sentences.indices.filter { fold[$0] != k }
            let model = inner.train(trained.map { sentences[$0] }, gazetteer: gazetteer, vocabulary: vocabulary)
            for index in sentences.indices where fold[index] == k {
                firstTags[index] = model.tag(
                    SentenceFeatures(tokens: tokens[index][...], gazetteer: gazetteer, vocabulary: vocabulary, dictionary: model.dictionary, options: options))
            }
        }
        let second = train(sentences, prepared: prepared.indices.map { prepared[$0].withFirstPass(firstTags[$0]) }, progress: progress)
        var secondModel = second
        secondModel.options = options
        result.secondPass = SecondPass(secondModel)
        return result
    }

    /// Each sentence's fold: blocks of `foldBlock` distinct sentences round-robin; a sentence whose
    /// lowercase text came before (a lowercased copy, a repeated line) shares its first one's fold.
    static func folds(_ lower: [[UInt64]], count: Int) -> [Int] {
        var first: [[UInt64]: Int] = [:]
        var fold = [Int](repeating: 0, count: lower.count)
        for index in lower.indices {
            if let earlier = first[lower[index]] {
                fold[index] = fold[earlier]
            } else {
                fold[index] = first.count / foldBlock % count
                first[lower[index]] = index
            }
        }
        return fold
    }

    /// The averaged model of `runs` orders over prepared sentences.
    private func train(_ sentences: [LabeledSentence], prepared: [SentenceFeatures], progress: (Int, Double) -> Void) -> PerceptronModel {
        var rare: [Bool] = []
        if minimumCount > 1 {
            var seen = [UInt8](repeating: 0, count: 1 << bits)
            var features: [UInt64] = []
            let shift = UInt64(64 - bits)
            for sentence in prepared {
                for i in 0..<sentence.count {
                    features.removeAll(keepingCapacity: true)
                    sentence.staticFeatures(at: i, into: &features)
                    for feature in features {
                        let bucket = Int(truncatingIfNeeded: feature >> shift)
                        if seen[bucket] < 255 { seen[bucket] += 1 }
                    }
                }
            }
            rare = seen.map { Int($0) < minimumCount }
        }
        var result = train(sentences, prepared: prepared, rare: rare, seed: seed, progress: progress)
        guard runs > 1 else { return result }
        for run in 1..<runs {
            let other = train(sentences, prepared: prepared, rare: rare, seed: seed &+ UInt64(run), progress: progress)
            for i in result.weights.indices where other.weights[i] != 0 { result.weights[i] += other.weights[i] }
        }
        let share = 1 / Float(runs)
        for i in result.weights.indices where result.weights[i] != 0 { result.weights[i] *= share }
        return result
    }

    private func train(
        _ sentences: [LabeledSentence], prepared: [SentenceFeatures], rare: [Bool], seed: UInt64, progress: (Int, Double) -> Void
    ) -> PerceptronModel {
        var state = TrainingState(bits: bits)
        state.dropout = dropout
        state.rare = rare
        state.cost = cost
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
