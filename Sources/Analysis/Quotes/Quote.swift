/// A quotation in a text: what was said, where, how, and by whom.
///
/// `start`/`end` are Unicode-scalar offsets of the quoted words (without the quote marks; for
/// indirect speech, the reported clause), end exclusive. `speaker` is the speaker as written near
/// the quote ("Hua Chunying", "ein Sprecher des Ministeriums"); `speakerCanonical` is the entity
/// key ("PER:hua-chunying") when the speaker is a recognised entity.
public struct Quote: Sendable, Hashable, Codable {
    /// Direct quotes stand in quote marks; indirect speech is reported ("sagte, dass …", Konjunktiv I).
    public enum Kind: String, Sendable, Hashable, Codable {
        case direct, indirect
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var speaker: String?
    public var speakerCanonical: String?

    public init(text: String, start: Int, end: Int, kind: Kind, speaker: String?, speakerCanonical: String?) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, speaker, speakerCanonical = "speaker_canonical"
    }

    /// Every key is written; an unknown speaker is null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerCanonical, forKey: .speakerCanonical)
    }
}
