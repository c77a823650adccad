/// The languages with an entity model. Other languages fall back to English.
public enum EntityLanguage: String, Sendable, Hashable, CaseIterable {
    case german = "de"
    case english = "en"

    /// Maps an ISO 639-1 code ("de", "de-AT", "en") to a model language; English by default.
    public init(code: String) {
        self = code.lowercased().hasPrefix("de") ? .german : .english
    }
}
