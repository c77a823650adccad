/// The weights of one language together with the gazetteer they were trained with.
public struct NERModel: Sendable {
    public let perceptron: PerceptronModel
    public let gazetteer: Gazetteer
    public let vocabulary: Vocabulary

    public init(perceptron: PerceptronModel, gazetteer: Gazetteer, vocabulary: Vocabulary) {
        self.perceptron = perceptron
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
    }

    /// BIO tags for the tokens of one sentence.
    public func tag(_ tokens: ArraySlice<Token>) -> [BIOTag] {
        perceptron.tag(SentenceFeatures(tokens: tokens, gazetteer: gazetteer, vocabulary: vocabulary, options: perceptron.options))
    }

    /// Tags plus the gazetteer names and lowercase hashes computed on the way.
    func analyse(_ tokens: ArraySlice<Token>) -> (tags: [BIOTag], matches: [GazetteerMatch], lower: [UInt64]) {
        let sentence = SentenceFeatures(tokens: tokens, gazetteer: gazetteer, vocabulary: vocabulary, options: perceptron.options)
        return (perceptron.tag(sentence), sentence.gazetteerMatches, sentence.lowercaseHashes)
    }
}
