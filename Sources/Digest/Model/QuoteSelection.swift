/// Chooses the quotes of the day: one per speaker, speakers quoted in the most items first, and
/// per speaker the quote whose length is closest to a readable `idealLength`.
public struct QuoteSelection: Sendable {
    public var limit: Int
    public var idealLength: Int

    public init(limit: Int = 6, idealLength: Int = 160) {
        self.limit = limit
        self.idealLength = idealLength
    }

    /// At most `limit` quotes from `quotes` (all with a speaker; others are ignored).
    public func pick(_ quotes: [DigestQuote]) -> [DigestQuote] {
        let bySpeaker = Dictionary(grouping: quotes.filter { $0.speaker != nil }) { $0.speaker! }
        let speakers = bySpeaker.keys.sorted { (bySpeaker[$0]!.count, $1) > (bySpeaker[$1]!.count, $0) }
        return speakers.prefix(limit).compactMap { speaker in
            bySpeaker[speaker]!.min { (abs($0.text.count - idealLength), $0.text) < (abs($1.text.count - idealLength), $1.text) }
        }
    }
}
