import Digest
import FeedModel
import Storage

/// Storage's digest rows in the Digest module's terms.
extension DigestRows {
    func facts() -> DigestFacts {
        DigestFacts(
            numbers: DigestNumbers(
                items: newItems + updatedItems, newItems: newItems, updatedItems: updatedItems,
                feedsOK: feedsOK, feedsFailing: feedsFailing, feedsDisabled: feedsDisabled),
            entitySeries: entities.map { EntitySeries(entity: Self.tally($0.entity), baseline: $0.baseline) },
            topEntities: entities.filter { $0.entity.items > 0 }.prefix(15).map { Self.tally($0.entity) },
            quotes: QuoteSelection().pick(quotes.map(Self.quote)),
            keyphrases: keyphrases.map { PhraseTally(phrase: $0.label, items: $0.items) },
            languages: languages.map { LanguageTally(language: $0.label, items: $0.items) },
            itemsPerHour: itemsPerHour,
            feedHealth: feedProblems.map(Self.health),
            runLog: RunLogSummary(
                runs: runs.runs, runsOK: runs.ok, runsPartial: runs.partial, runsFailed: runs.failed,
                fetches: runs.fetches, fetchErrors: runs.fetchErrors, bytes: runs.bytes))
    }

    static func tally(_ e: EntityCount) -> EntityTally {
        EntityTally(key: e.canonicalKey, name: e.name, kind: e.kind, items: e.items, mentions: e.mentions)
    }

    static func quote(_ q: QuoteRow) -> DigestQuote {
        DigestQuote(text: q.text, speaker: q.speaker, itemTitle: q.itemTitle, url: q.url, feedTitle: q.feedTitle, publishedAt: q.publishedAt)
    }

    static func health(_ p: FeedProblem) -> FeedHealthLine {
        FeedHealthLine(
            url: p.url, title: p.title, state: p.enabled ? .failing : .disabled, reason: p.reason, since: p.since,
            errorCount: p.errorCount)
    }
}
