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

    public init(author: String? = nil, credit: String? = nil, agency: String? = nil, dateline: String? = nil, codes: [String] = []) {
        self.author = author
        self.credit = credit
        self.agency = agency
        self.dateline = dateline
        self.codes = codes
    }
}
