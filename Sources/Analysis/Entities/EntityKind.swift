/// The type of a named entity: person, organisation, location or anything else with a name.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case misc = "MISC"

    /// Reads a corpus label ("PER", "LOC", "ORG", "MISC", GermEval's "OTH"); nil for anything else.
    public init?(label: Substring) {
        switch label {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC", "OTH": self = .misc
        default: return nil
        }
    }
}
