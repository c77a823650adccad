import Foundation

/// What the analysis pipeline found in one item, in the form storage keeps it.
public struct ItemAnalysis: Sendable, Hashable, Codable {
    /// Bumped whenever the pipeline's output changes; `reanalyze` recomputes older rows.
    public var pipelineVersion: Int
    public var language: String
    public var languageConfidence: Double
    /// The body with boilerplate (author line, credits, dateline, agency codes) taken out.
    public var cleanText: String
    public var metadata: ArticleMetadata
    public var keyphrases: [KeyphraseRecord]
    public var entities: [EntityRecord]
    public var quotes: [QuoteRecord]

    public init(
        pipelineVersion: Int, language: String, languageConfidence: Double, cleanText: String,
        metadata: ArticleMetadata = ArticleMetadata(), keyphrases: [KeyphraseRecord] = [],
        entities: [EntityRecord] = [], quotes: [QuoteRecord] = []
    ) {
        self.pipelineVersion = pipelineVersion
        self.language = language
        self.languageConfidence = languageConfidence
        self.cleanText = cleanText
        self.metadata = metadata
        self.keyphrases = keyphrases
        self.entities = entities
        self.quotes = quotes
    }
}

/// News boilerplate found in an article and kept apart from its body.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    public var author: String?
    public var credit: String?
    public var agency: String?
    public var dateline: String?

    public init(author: String? = nil, credit: String? = nil, agency: String? = nil, dateline: String? = nil) {
        self.author = author
        self.credit = credit
        self.agency = agency
        self.dateline = dateline
    }
}

/// A keyphrase of an item: `key` (lower-cased, stemmed) is what document frequencies count.
public struct KeyphraseRecord: Sendable, Hashable, Codable {
    public var key: String
    public var phrase: String
    public var score: Double

    public init(key: String, phrase: String, score: Double) {
        self.key = key
        self.phrase = phrase
        self.score = score
    }
}

/// An entity mentioned in an item: its canonical identity and how it was mentioned there.
public struct EntityRecord: Sendable, Hashable, Codable {
    /// Stable across documents, e.g. "PER:lukaschenko", "LOC:china".
    public var canonicalKey: String
    /// Display name, e.g. "Alexander Lukaschenko".
    public var name: String
    /// PER, ORG, LOC or MISC.
    public var kind: String
    public var count: Int
    /// Scalar offset of the first mention in the clean text.
    public var firstOffset: Int
    /// Surface forms seen in this item.
    public var aliases: [String]

    public init(canonicalKey: String, name: String, kind: String, count: Int, firstOffset: Int, aliases: [String] = []) {
        self.canonicalKey = canonicalKey
        self.name = name
        self.kind = kind
        self.count = count
        self.firstOffset = firstOffset
        self.aliases = aliases
    }
}

/// A quotation in an item with its speaker.
public struct QuoteRecord: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var direct: Bool
    public var speaker: String?
    /// Canonical key of the speaker's entity, when there is one.
    public var speakerKey: String?

    public init(text: String, start: Int, end: Int, direct: Bool, speaker: String? = nil, speakerKey: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.direct = direct
        self.speaker = speaker
        self.speakerKey = speakerKey
    }
}

/// An entity with how often it was mentioned in a period.
public struct EntityCount: Sendable, Hashable, Codable {
    public var canonicalKey: String
    public var name: String
    public var kind: String
    /// Items that mention it.
    public var items: Int
    /// Mentions over those items.
    public var mentions: Int
    public var aliases: [String]

    public init(canonicalKey: String, name: String, kind: String, items: Int, mentions: Int, aliases: [String]) {
        self.canonicalKey = canonicalKey
        self.name = name
        self.kind = kind
        self.items = items
        self.mentions = mentions
        self.aliases = aliases
    }
}
