/// Hashed features of every token of one sentence, for the tagger and the trainer alike.
///
/// Token traits are computed once per sentence; `staticFeatures(at:into:)` are a token's own,
/// `transitionFeatures(at:previous:into:)` combine it with a previous tag (for Viterbi decoding).
struct SentenceFeatures {
    /// Traits padded with two boundary markers on each side: token i lives at i + 2.
    private var traits: [WordTraits]
    /// Gazetteer evidence per token: 0, or a hash of kind and B/I.
    private var gazetteer: [UInt64]
    /// 1 where the token is a known given name.
    private var givenName: [UInt64]
    let count: Int

    /// 1 where the lowercase form is in the language's common vocabulary.
    private var common: [UInt64]
    /// Lexicon class bits per token (`Vocabulary.classes`), 0 when unknown.
    private var lexicon: [UInt64]
    /// Brown cluster path | 1 << 32 per token (`clusterPath`), 0 when unknown, padded like
    /// `traits` (token i at i + 2) with boundary markers; empty without `FeatureOptions.clusters`.
    private var clusters: [UInt64] = []
    /// Casing class per token (`Vocabulary.casing`), 0 when unknown; empty without `FeatureOptions.casing`.
    private var casing: [UInt64] = []
    /// How the sentence writes its words (`caseProfile`): web text may be all lowercase, all caps or
    /// title case, where capitals say little about names.
    private var profile: UInt64 = 0
    /// Gazetteer names over the sentence (token indices relative to it).
    let gazetteerMatches: [GazetteerMatch]
    /// Lowercase hash per token.
    let lowercaseHashes: [UInt64]

    /// Template groups left out or added (the model's, as trained).
    let options: FeatureOptions

    init(tokens: ArraySlice<Token>, gazetteer: Gazetteer, vocabulary: Vocabulary, options: FeatureOptions = []) {
        count = tokens.count
        self.options = options
        var buffer: [UInt32] = []
        buffer.reserveCapacity(32)
        traits = [.boundary(1), .boundary(2)]
        traits.reserveCapacity(count + 4)
        for token in tokens { traits.append(WordTraits(token.text, buffer: &buffer)) }
        traits += [.boundary(3), .boundary(4)]
        let lower = traits[2..<(count + 2)].map(\.lower)
        profile = Self.caseProfile(tokens)
        lowercaseHashes = lower
        gazetteerMatches = gazetteer.matches(tokens: tokens, lower: lower)
        self.gazetteer = Self.gazetteerEvidence(gazetteerMatches, count: count, gazetteer: gazetteer)
        givenName = lower.map { gazetteer.firstNames.contains($0) ? 1 : 0 }
        common = lower.map { vocabulary.contains($0) ? 1 : 0 }
        var lexicon = lower.map { vocabulary.classes($0) }
        if vocabulary.hasCompounds {
            var scalars: [UInt32] = []
            // Capitalised words only: nouns and names (lowercase ones are verbs and adjectives).
            for (i, token) in tokens.enumerated() where lexicon[i] == 0 && FeatureHash.startsUppercase(token.text) {
                lexicon[i] = Self.compoundHead(token.text, vocabulary: vocabulary, scalars: &scalars) << 24
            }
        }
        self.lexicon = lexicon
        if options.contains(.clusters) && vocabulary.hasClusters {
            clusters.reserveCapacity(count + 4)
            clusters += [1 << 33, 1 << 33]
            for (i, token) in tokens.enumerated() { clusters.append(Self.clusterPath(token.text, traits[i + 2], vocabulary: vocabulary)) }
            clusters += [1 << 34, 1 << 34]
        }
        if options.contains(.casing) && vocabulary.hasClusters { casing = lower.map { vocabulary.casing($0) } }
    }

    /// The Brown cluster path of a word | 1 << 32: as written, else in lowercase, else capitalised
    /// (first letter uppercase, the rest lowercase); 0 when none is listed.
    static func clusterPath(_ text: String, _ t: WordTraits, vocabulary: Vocabulary) -> UInt64 {
        if let path = vocabulary.clusterPath(t.word) { return UInt64(path) | 1 << 32 }
        if t.lower != t.word, let path = vocabulary.clusterPath(t.lower) { return UInt64(path) | 1 << 32 }
        var hash = FeatureHash.seed, first = true
        for scalar in text.unicodeScalars {
            hash = FeatureHash.add(hash, first ? FeatureHash.upper(scalar.value) : FeatureHash.lower(scalar.value))
            first = false
        }
        if hash != t.word && hash != t.lower, let path = vocabulary.clusterPath(hash) { return UInt64(path) | 1 << 32 }
        return 0
    }

    /// 1: no capitalised word; 2: mostly words in capitals; 3: mostly capitalised words (titles);
    /// 4: ordinary; 0: fewer than three words.
    static func caseProfile(_ tokens: ArraySlice<Token>) -> UInt64 {
        var words = 0, capitalised = 0, capitals = 0
        for token in tokens where token.kind == .word {
            words += 1
            guard FeatureHash.startsUppercase(token.text) else { continue }
            capitalised += 1
            var upper = 0, letters = 0
            for scalar in token.text.unicodeScalars.prefix(4) {
                let value = scalar.value
                if FeatureHash.lower(value) != value {
                    upper += 1
                    letters += 1
                } else if value >= 97 && value <= 122 || value >= 0xDF && value <= 0x24F {
                    letters += 1
                }
            }
            if letters >= 2 && upper == letters { capitals += 1 }
        }
        guard words >= 3 else { return 0 }
        if capitalised == 0 { return 1 }
        if capitals * 5 >= words * 3 { return 2 }
        if capitalised * 10 >= words * 7 { return 3 }
        return 4
    }

    /// The classes of the longest known word (4+ letters) that ends `text` after at least two
    /// letters: the head of a compound ("Verteidigungsministerium" → "ministerium"), 0 if none.
    static func compoundHead(_ text: String, vocabulary: Vocabulary, scalars: inout [UInt32]) -> UInt64 {
        scalars.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars { scalars.append(FeatureHash.lower(scalar.value)) }
        let count = scalars.count
        guard count >= 7 else { return 0 }
        for start in 2...(count - 4) {
            var hash = FeatureHash.seed
            for k in start..<count { hash = FeatureHash.add(hash, scalars[k]) }
            let classes = vocabulary.classes(hash)
            if classes != 0 { return classes }
        }
        return 0
    }

    private static func gazetteerEvidence(_ matches: [GazetteerMatch], count: Int, gazetteer: Gazetteer) -> [UInt64] {
        var evidence = [UInt64](repeating: 0, count: count)
        for match in matches {
            let kind = UInt64(gazetteer.entries[match.entry].kind.rawValue.unicodeScalars.first!.value)
            let shape: UInt64 = (match.tokens.count > 1 ? 8 : 0) &+ (match.caseFits ? 0 : 16)
            for i in match.tokens { evidence[i] = kind &* 32 &+ (i == match.tokens.lowerBound ? 1 : 2) &+ shape }
        }
        return evidence
    }

    /// Features of token `i` that do not depend on earlier tags.
    func staticFeatures(at i: Int, into out: inout [UInt64]) {
        let t = traits[i + 2], p1 = traits[i + 1], p2 = traits[i], n1 = traits[i + 3], n2 = traits[i + 4]
        out.append(FeatureHash.feature(1, 0))
        out.append(FeatureHash.feature(2, t.lower))
        out.append(FeatureHash.feature(3, t.word))
        out.append(FeatureHash.feature(4, t.shape))
        out.append(FeatureHash.feature(5, t.shortShape, t.flags))
        if !options.contains(.withoutAffixes) { appendAffixes(t, into: &out) }
        if t.firstPart != 0 {
            out.append(FeatureHash.feature(17, t.firstPart))
            out.append(FeatureHash.feature(18, t.lastPart))
        }
        appendContext(t, p1: p1, p2: p2, n1: n1, n2: n2, into: &out)
        appendGazetteer(i, into: &out)
        appendLexicon(i, t, into: &out)
        out.append(FeatureHash.feature(70, profile, t.shortShape))
        out.append(FeatureHash.feature(71, profile, lexicon[i]))
        if i == 0 { out.append(FeatureHash.feature(40, t.shape)) }
        if !clusters.isEmpty { appendClusters(i, into: &out) }
        if !casing.isEmpty { out.append(FeatureHash.feature(85, casing[i], t.shortShape)) }
    }

    /// Brown cluster path prefixes of the token (80: lengths 10 and 20, the finer clusters; one
    /// feature when it has no cluster) and of its neighbours (81, 82: lengths 4 and 6, coarse word
    /// classes; sentence boundaries have their own values). Chosen by cross-validation: the four
    /// lengths 4, 6, 10, 20 everywhere (Ratinov & Roth 2009) score the same with twice the features.
    private func appendClusters(_ i: Int, into out: inout [UInt64]) {
        let here = clusters[i + 2], before = clusters[i + 1], after = clusters[i + 3]
        if here == 0 {
            out.append(FeatureHash.feature(80, 0))
        } else {
            out.append(FeatureHash.feature(80, 10 << 40 | here & (1 << 32 | 0x3FF)))
            out.append(FeatureHash.feature(80, 20 << 40 | here & (1 << 32 | 0xF_FFFF)))
        }
        let coarse: UInt64 = 7 << 32 | 0xF, fine: UInt64 = 7 << 32 | 0x3F
        out.append(FeatureHash.feature(81, 4 << 40 | before & coarse))
        out.append(FeatureHash.feature(81, 6 << 40 | before & fine))
        out.append(FeatureHash.feature(82, 4 << 40 | after & coarse))
        out.append(FeatureHash.feature(82, 6 << 40 | after & fine))
    }

    /// Features of token `i` that combine it with the previous tag (besides `pairFeature`).
    /// `shift` is the model's (64 − bits): the word-and-tag feature keeps one word's rows for all
    /// previous tags in 16 neighbouring buckets, so that decoding reads them together.
    func transitionFeatures(at i: Int, previous: Int, shift: UInt64, into out: inout [UInt64]) {
        let t = traits[i + 2]
        let tag1 = UInt64(previous)
        let group = FeatureHash.feature(32, t.lower) & ~(UInt64(15) << shift)
        out.append(group | tag1 << shift)
        out.append(FeatureHash.feature(33, tag1, t.shortShape))
        if !clusters.isEmpty {
            // Grouped like the word's rows: one memory region per cluster.
            out.append(FeatureHash.feature(89, clusters[i + 2]) & ~(UInt64(15) << shift) | tag1 << shift)
        }
    }

    /// The feature of the previous tag alone (a tag-pair weight), the same for every token.
    static func pairFeature(previous: Int) -> UInt64 { FeatureHash.feature(30, UInt64(previous)) }

    private func appendAffixes(_ t: WordTraits, into out: inout [UInt64]) {
        out.append(FeatureHash.feature(10, t.prefixes.0))
        out.append(FeatureHash.feature(11, t.prefixes.1))
        out.append(FeatureHash.feature(12, t.prefixes.2))
        out.append(FeatureHash.feature(13, t.suffixes.0))
        out.append(FeatureHash.feature(14, t.suffixes.1))
        out.append(FeatureHash.feature(15, t.suffixes.2))
        out.append(FeatureHash.feature(16, t.suffixes.3))
    }

    private func appendContext(
        _ t: WordTraits, p1: WordTraits, p2: WordTraits, n1: WordTraits, n2: WordTraits, into out: inout [UInt64]
    ) {
        out.append(FeatureHash.feature(20, p1.lower))
        out.append(FeatureHash.feature(21, p2.lower))
        out.append(FeatureHash.feature(22, n1.lower))
        out.append(FeatureHash.feature(23, n2.lower))
        out.append(FeatureHash.feature(24, p1.lower, t.lower))
        out.append(FeatureHash.feature(25, t.lower, n1.lower))
        out.append(FeatureHash.feature(26, p1.shortShape, t.shortShape))
        out.append(FeatureHash.feature(27, t.shortShape, n1.shortShape))
        out.append(FeatureHash.feature(28, p1.suffixes.2))
        out.append(FeatureHash.feature(29, n1.suffixes.2))
        out.append(FeatureHash.feature(34, p1.lower, t.shortShape))
        out.append(FeatureHash.feature(35, t.shortShape, n1.lower))
        out.append(FeatureHash.feature(36, p2.lower, p1.lower))
        out.append(FeatureHash.feature(37, n1.lower, n2.lower))
        out.append(FeatureHash.feature(39, p1.suffixes.2, t.suffixes.2))
        if !options.contains(.withoutAffixes) {
            out.append(FeatureHash.feature(47, t.prefixes.2, t.shortShape))
            out.append(FeatureHash.feature(48, p1.prefixes.2, n1.prefixes.2))
        }
        out.append(FeatureHash.feature(38, p1.shortShape &* 31 &+ t.shortShape, n1.shortShape))
    }

    private func appendLexicon(_ i: Int, _ t: WordTraits, into out: inout [UInt64]) {
        let here = lexicon[i], before = i > 0 ? lexicon[i - 1] : 1 << 20, after = i + 1 < count ? lexicon[i + 1] : 1 << 20
        out.append(FeatureHash.feature(50, here, t.shortShape))
        out.append(FeatureHash.feature(51, here, i == 0 ? 1 : 0))
        out.append(FeatureHash.feature(52, before, here))
        out.append(FeatureHash.feature(53, here, after))
    }

    private func appendGazetteer(_ i: Int, into out: inout [UInt64]) {
        let here = gazetteer[i]
        let before = i > 0 ? gazetteer[i - 1] : 7, after = i + 1 < count ? gazetteer[i + 1] : 7
        out.append(FeatureHash.feature(41, here))
        out.append(FeatureHash.feature(42, before, here))
        out.append(FeatureHash.feature(43, here, after))
        let given = givenName[i], givenBefore = i > 0 ? givenName[i - 1] : 0, givenAfter = i + 1 < count ? givenName[i + 1] : 0
        out.append(FeatureHash.feature(44, given &* 4 &+ givenBefore &* 2 &+ givenAfter))
        let t = traits[i + 2]
        out.append(FeatureHash.feature(45, common[i], t.shortShape))
        out.append(FeatureHash.feature(46, common[i] &* 2 &+ (i == 0 ? 1 : 0), here))
    }
}

/// Template groups a model is trained with, stored in its file (absent: none).
public struct FeatureOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No prefix and suffix templates (10–16, 47, 48): for web text, where they add sparse cues
    /// that do not carry over to names the training data lacks (English: better held-out F1).
    public static let withoutAffixes = FeatureOptions(rawValue: 1)

    /// Brown cluster path prefixes of the token (lengths 10, 20) and its neighbours (4, 6), and the
    /// whole path with the previous tag (templates 80–82, 89), from `<lang>.clusters`.
    public static let clusters = FeatureOptions(rawValue: 2)

    /// How often the lowercase form is written capitalised, and how frequent it is, in large web
    /// text, with the token's short shape (template 85), from `<lang>.clusters`.
    public static let casing = FeatureOptions(rawValue: 4)
}
