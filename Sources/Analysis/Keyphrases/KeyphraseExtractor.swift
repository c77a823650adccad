import Foundation

/// Finds the phrases an editor would tag an article with.
///
/// Candidates are noun-phrase-like runs of at most `maxWords` words inside a sentence, with no
/// stopword at either end; in German the last word must be a noun (capitalised, and not only
/// because it starts a sentence), so compounds ("Ukraine-Krieg") and names ("Xi Jinping") come
/// whole. Each candidate gets a YAKE-style score (Campos et al. 2020: casing, position,
/// frequency, relatedness, spread of its words), multiplied by an IDF factor from the document
/// frequencies the caller keeps (keyed by `Keyphrase.key`) and by `GenericNouns.factor` for a
/// generic one-word phrase ("Bedeutung", "issue"). Pure; stems come from a process-wide cache
/// (`StemCache`), a `Stemmer` is made only for words it lacks.
public enum KeyphraseExtractor {
    /// The longest candidate, in words.
    public static let maxWords = 3

    /// The `limit` best keyphrases of a text, best first.
    public static func extract(
        text: String, tokens: [Token], sentences: [Sentence], language: String,
        documentFrequency: (String) -> Int, documentCount: Int, limit: Int = 10
    ) -> [Keyphrase] {
        let cache = StemCache.shared.table(for: language)
        var stemmer = CachedStemmer(language: language)
        let table = TermTable(tokens: tokens, sentences: sentences, stopwords: Stopwords.set(for: language), cache: cache) {
            stemmer.stem($0)
        }
        let candidates = CandidateSet(table: table, tokens: tokens, sentences: sentences, german: language == "de")
        let termScores = table.termScores()
        let generic = GenericNouns.keys(for: language)
        var ranked: [(index: Int, score: Double)] = []
        ranked.reserveCapacity(candidates.all.count)
        for (index, candidate) in candidates.all.enumerated() {
            let idf = inverseFrequency(documentFrequency(candidate.key), documentCount)
            let yake = max(candidates.yakeScore(candidate, termScores: termScores), 1e-9)
            let prior = candidate.terms.count == 1 && generic.contains(candidate.key) ? GenericNouns.factor : 1
            ranked.append((index, prior * idf * log(1 + 1 / yake)))
        }
        let all = candidates.all
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : all[$0.index].key < all[$1.index].key }
        return select(ranked.lazy.map { (all[$0.index], $0.score) }, limit: limit).map { entry in
            Keyphrase(phrase: candidates.surface(of: entry.candidate, tokens), score: (entry.score * 1000).rounded() / 1000,
                      key: entry.candidate.key, count: entry.candidate.count)
        }
    }

    /// 1 + log((N + 1) / (df + 1)); 1 when no documents are known yet.
    static func inverseFrequency(_ df: Int, _ n: Int) -> Double {
        guard n > 0 else { return 1 }
        return 1 + log(Double(n + 1) / Double(min(df, n) + 1))
    }

    /// The best candidates. One that nests with a chosen one and never occurs apart from it is
    /// skipped, or replaces the chosen one when it is the longer (more specific) of the two;
    /// a longer one that ends in the same word as a chosen one is skipped.
    static func select<S: Sequence>(_ ranked: S, limit: Int) -> [(candidate: CandidateSet.Candidate, score: Double)]
    where S.Element == (CandidateSet.Candidate, Double) {
        var chosen: [(candidate: CandidateSet.Candidate, score: Double)] = []
        for (candidate, score) in ranked where chosen.count < limit {
            if let i = chosen.firstIndex(where: { candidate.overlapsRedundantly($0.candidate) }) {
                if candidate.terms.count > chosen[i].candidate.terms.count {
                    let score = chosen[i].score
                    chosen.removeAll { candidate.overlapsRedundantly($0.candidate) }
                    chosen.insert((candidate, score), at: min(i, chosen.count))
                }
                continue
            }
            if chosen.contains(where: { candidate.sharesHead(with: $0.candidate) }) { continue }
            chosen.append((candidate, score))
        }
        return chosen
    }
}
