/// What the cleaner found around the story: byline, photo credit, agency code and dateline.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// The author: the declared author (feed's dc:creator/author) or the byline ("Von: …", "By …").
    public var author: String?
    /// The photo credit ("© Roman Pilipey/dpa" → "Roman Pilipey/dpa", "Foto: …", "Photo: …").
    public var credit: String?
    /// The agency or author code: a known agency when one is named ("dpa", "AFP", "Reuters"),
    /// else the first code found ("(bohy)" → "bohy").
    public var agency: String?
    /// The place of the dateline ("Peking –" → "Peking", "BERLIN (dpa) –" → "BERLIN").
    public var dateline: String?
    /// Every agency or author code found, in order (not encoded).
    public var codes: [String] = []

    enum CodingKeys: String, CodingKey {
        case author, credit, agency, dateline
    }

    /// Encodes all four keys, absent values as null, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(author, forKey: .author)
        try container.encode(credit, forKey: .credit)
        try container.encode(agency, forKey: .agency)
        try container.encode(dateline, forKey: .dateline)
    }

    public init(author: String? = nil, credit: String? = nil, agency: String? = nil, dateline: String? = nil, codes: [String] = []) {
        self.author = author
        self.credit = credit
        self.agency = agency
        self.dateline = dateline
        self.codes = codes
    }
}
