/// The stages of `AnalysisPipeline.analyze`, in order, as reported to a timing hook.
public enum AnalysisStage: String, Sendable, CaseIterable, Codable {
    case clean, language, tokens, sentences, keyphrases, entities, quotes
}
