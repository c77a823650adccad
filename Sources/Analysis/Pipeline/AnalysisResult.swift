/// Everything the pipeline found in one item. Offsets of tokens and sentences index the
/// Unicode scalars of `cleanBody`.
///
/// JSON keys: id, lang, lang_confidence, pipeline_version, metadata {author, credit, agency,
/// dateline}, keyphrases [{phrase, score}], sentences, tokens, entities [{text, start, end, kind,
/// canonical, key}], quotes [{text, start, end, kind, speaker, speaker_canonical}], clean_body.
public struct AnalysisResult: Sendable, Hashable, Codable {
    public var id: String
    /// ISO 639-1 code, or "und".
    public var language: String
    public var languageConfidence: Double
    /// `AnalysisPipeline.version` of the code that produced this result.
    public var pipelineVersion: Int
    public var metadata: ArticleMetadata
    public var keyphrases: [Keyphrase]
    public var sentences: [Sentence]
    public var tokens: [Token]
    /// People, organisations, places and other names, with canonical identities.
    public var entities: [EntityMention]
    /// Direct and indirect quotations with their speakers.
    public var quotes: [Quote]
    /// The story text the offsets refer to.
    public var cleanBody: String

    enum CodingKeys: String, CodingKey {
        case id, language = "lang", languageConfidence = "lang_confidence", pipelineVersion = "pipeline_version"
        case metadata, keyphrases, sentences, tokens, entities, quotes, cleanBody = "clean_body"
    }

    public init(
        id: String, language: String, languageConfidence: Double, pipelineVersion: Int = AnalysisPipeline.version,
        metadata: ArticleMetadata, keyphrases: [Keyphrase], sentences: [Sentence], tokens: [Token],
        entities: [EntityMention] = [], quotes: [Quote] = [], cleanBody: String
    ) {
        self.id = id
        self.language = language
        self.languageConfidence = languageConfidence
        self.pipelineVersion = pipelineVersion
        self.metadata = metadata
        self.keyphrases = keyphrases
        self.sentences = sentences
        self.tokens = tokens
        self.entities = entities
        self.quotes = quotes
        self.cleanBody = cleanBody
    }
}
