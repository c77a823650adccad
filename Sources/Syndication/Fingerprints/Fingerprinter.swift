import Analysis
import FeedModel

/// Computes an item's `ItemFingerprint`: canonical URL, title key, body hash, SimHash, MinHash,
/// sentence hashes and the lookup keys storage indexes.
public struct Fingerprinter: Sendable {
    public var settings: SyndicationSettings

    public init(settings: SyndicationSettings = SyndicationSettings()) {
        self.settings = settings
    }

    /// Namespaces of lookup keys.
    enum KeyTag: UInt64 { case band = 1, sentence, body, url }

    /// The fingerprint of an item from its URL, title and clean body (`ItemAnalysis.cleanText`).
    public func fingerprint(url: String?, title: String?, cleanText: String) -> ItemFingerprint {
        fingerprint(url: url, title: title, body: TokenizedText(cleanText))
    }

    /// The same from the tokens and sentences of the clean body (`TokenizedText(cleanText)`, or
    /// what the analysis pipeline found in it).
    public func fingerprint(url: String?, title: String?, body: TokenizedText) -> ItemFingerprint {
        let text = WordText(body)
        let words = text.words
        let shingles = text.shingles(size: settings.shingleSize)
        let minhash = MinHash.signature(shingles, length: settings.minhashLength)
        let bodyHash = words.count >= settings.minBodyWords ? Int64(bitPattern: StableHash.fnv1a(words)) : nil
        let canonicalURL = url.flatMap(CanonicalURL.normalise)
        let sentences = text.sentences.filter { $0.count >= settings.minSentenceWords }
        var keys = bandKeys(minhash)
        keys += anchors(sentences).map { StableHash.key(tag: KeyTag.sentence.rawValue, $0) }
        if let bodyHash { keys.append(StableHash.key(tag: KeyTag.body.rawValue, UInt64(bitPattern: bodyHash))) }
        if let canonicalURL { keys.append(StableHash.key(tag: KeyTag.url.rawValue, StableHash.fnv1a([canonicalURL]))) }
        return ItemFingerprint(
            canonicalURL: canonicalURL, titleKey: TitleKey.normalise(title), bodyHash: bodyHash,
            simhash: Int64(bitPattern: SimHash.hash(shingles)), minhash: minhash, shingleCount: shingles.count,
            sentenceHashes: sentences.map { Int64(bitPattern: StableHash.fnv1a($0)) }, lookupKeys: Array(Set(keys)).sorted())
    }

    /// One key per LSH band of a non-empty signature.
    func bandKeys(_ minhash: [UInt32]) -> [Int64] {
        guard let first = minhash.first, first != .max else { return [] }
        let rows = settings.rowsPerBand
        return (0..<min(settings.bands, minhash.count / rows)).map { band in
            var value = UInt64(band)
            for row in minhash[(band * rows)..<((band + 1) * rows)] { value = StableHash.mix(value ^ UInt64(row)) }
            return StableHash.key(tag: KeyTag.band.rawValue, value)
        }
    }

    /// Hashes of the longest sentences that are long enough to identify a text.
    func anchors(_ sentences: [[String]]) -> [UInt64] {
        sentences.filter { $0.count >= settings.minAnchorWords }
            .sorted { $0.count > $1.count }
            .prefix(settings.anchorSentences)
            .map { StableHash.fnv1a($0) }
    }
}
