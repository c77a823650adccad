import Foundation

/// A short extractive summary: the lead sentence plus the most central other sentences, in
/// text order. Centrality is the summed cosine similarity of a sentence's TF-IDF word vector
/// to every other sentence's (IDF over the text's own sentences). Pure and deterministic.
public struct ExtractiveSummary: Sendable {
    /// At most this many sentences.
    public var maxSentences: Int
    /// Sentences longer than this (characters) are cut with an ellipsis.
    public var maxSentenceLength: Int

    public init(maxSentences: Int = 3, maxSentenceLength: Int = 320) {
        self.maxSentences = maxSentences
        self.maxSentenceLength = maxSentenceLength
    }

    /// The summary sentences of `text`.
    public func summarise(_ text: String) -> [String] {
        guard maxSentences > 0 else { return [] }
        let all = SentenceSplit.sentences(text)
        let sentences = all.count < 3 ? all : all.filter { $0.count >= 20 }
        guard sentences.count > maxSentences else { return sentences.map(cut) }
        let scores = Self.centrality(sentences.map(Self.words))
        let others = scores.indices.dropFirst().sorted { (scores[$0], -$0) > (scores[$1], -$1) }
        let chosen = ([0] + others.prefix(maxSentences - 1)).sorted()
        return chosen.map { cut(sentences[$0]) }
    }

    /// Summed cosine similarity of each vector to the others.
    static func centrality(_ bags: [[String: Double]]) -> [Double] {
        let vectors = tfidf(bags)
        return vectors.indices.map { i in
            vectors.indices.reduce(0) { sum, j in i == j ? sum : sum + cosine(vectors[i], vectors[j]) }
        }
    }

    static func tfidf(_ bags: [[String: Double]]) -> [[String: Double]] {
        var df: [String: Double] = [:]
        for bag in bags { for word in bag.keys { df[word, default: 0] += 1 } }
        let n = Double(bags.count)
        return bags.map { bag in bag.reduce(into: [:]) { $0[$1.key] = $1.value * log(1 + n / df[$1.key]!) } }
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let dot = a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) }
        let norms = norm(a) * norm(b)
        return norms > 0 ? dot / norms : 0
    }

    static func norm(_ v: [String: Double]) -> Double {
        v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Lower-cased words of four or more letters: crude, but stopwords of both languages are short.
    static func words(_ sentence: String) -> [String: Double] {
        sentence.lowercased().split { !$0.isLetter && !$0.isNumber }
            .filter { $0.count >= 4 }
            .reduce(into: [:]) { $0[String($1), default: 0] += 1 }
    }

    private func cut(_ sentence: String) -> String {
        sentence.count <= maxSentenceLength ? sentence : String(sentence.prefix(maxSentenceLength - 1)) + "…"
    }
}
