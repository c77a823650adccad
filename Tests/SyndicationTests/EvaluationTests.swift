import FeedModel
import Foundation
import Syndication
import Testing

/// Measures copy detection and story clustering on the gold corpus (Fixtures) and fails below the bars:
/// syndication precision ≥ 0.99 and recall ≥ 0.95 over copy pairs, story pairwise F1 ≥ 0.85.
@Suite("Evaluation on the gold corpus")
struct EvaluationTests {
    static let corpus = FixtureCorpus.all
    static let online = OnlineSyndication.run(corpus)

    @Test("the corpus is complete: sample feeds, written articles and their copies")
    func corpusIsComplete() {
        let corpus = Self.corpus
        print("corpus: \(corpus.count) items, \(Set(corpus.map(\.copyLabel)).count) texts, \(Set(corpus.map(\.storyLabel)).count) events")
        #expect(corpus.count == (41 + 19) * 5)
        #expect(corpus.allSatisfy { !$0.analysis.cleanText.isEmpty })
    }

    @Test("syndication: precision ≥ 0.99 and recall ≥ 0.95 over copy pairs")
    func syndication() {
        let corpus = Self.corpus, online = Self.online
        let score = PairwiseScore(
            count: corpus.count,
            predicted: { i, j in online.groupOf[i] != nil && online.groupOf[i] == online.groupOf[j] },
            gold: { i, j in corpus[i].copyLabel == corpus[j].copyLabel })
        print("syndication: precision \(score.format(score.precision)) recall \(score.format(score.recall)) over \(score.goldPairs) pairs (\(score.falsePositives) false, \(score.falseNegatives) missed)")
        #expect(score.precision >= 0.99)
        #expect(score.recall >= 0.95)
    }

    @Test("stories: pairwise F1 ≥ 0.85, over all pairs and over pairs that are not copies")
    func stories() {
        let corpus = Self.corpus, online = Self.online
        let predicted = { (i: Int, j: Int) in online.storyOf[i] == online.storyOf[j] }
        let gold = { (i: Int, j: Int) in corpus[i].storyLabel == corpus[j].storyLabel }
        let all = PairwiseScore(count: corpus.count, predicted: predicted, gold: gold)
        let independent = PairwiseScore(
            count: corpus.count, predicted: predicted, gold: gold, include: { corpus[$0].copyLabel != corpus[$1].copyLabel })
        print("stories: \(all)")
        print("stories (pairs that are not copies): \(independent)")
        #expect(all.f1 >= 0.85)
        #expect(independent.f1 >= 0.85)
    }

    @Test("the earliest copy is canonical")
    func canonicalIsEarliest() {
        let corpus = Self.corpus, online = Self.online
        for (index, group) in online.groupOf {
            let members = online.groupOf.filter { $0.value == group }.map(\.key)
            let earliest = members.min { (corpus[$0].time, $0) < (corpus[$1].time, $1) }
            #expect(online.canonicalOf[group] == earliest, "group of \(corpus[index].id)")
        }
    }

    @Test("updated, longer copies are variants; retitled copies are not")
    func variants() {
        let corpus = Self.corpus, online = Self.online
        let updates = corpus.indices.filter { corpus[$0].id.hasSuffix("~update") }
        let retitled = corpus.indices.filter { corpus[$0].id.hasSuffix("~retitleOnly") }
        #expect(!updates.isEmpty && !retitled.isEmpty)
        for index in updates { #expect(online.variants.contains(index), "\(corpus[index].id) is a variant") }
        for index in retitled { #expect(!online.variants.contains(index), "\(corpus[index].id) is not a variant") }
    }
}
