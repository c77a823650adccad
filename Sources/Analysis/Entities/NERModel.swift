/// The weights of one language together with the gazetteer they were trained with.
public struct NERModel: Sendable {
    public let perceptron: PerceptronModel
    public let gazetteer: Gazetteer

    public init(perceptron: PerceptronModel, gazetteer: Gazetteer) {
        self.perceptron = perceptron
        self.gazetteer = gazetteer
    }

    /// BIO tags for the tokens of one sentence.
    public func tag(_ tokens: ArraySlice<Token>) -> [BIOTag] {
        perceptron.tag(SentenceFeatures(tokens: tokens, gazetteer: gazetteer))
    }
}
