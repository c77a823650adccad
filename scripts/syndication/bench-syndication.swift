// Cost of checking and inserting one new item against N stored fingerprints: Store.syndicate
// (indexed key lookup, candidate verification, story lookup, fingerprint + keys insert, decision)
// on a database that scripts/syndication/bench.sh filled with N fingerprints. Not part of the
// package graph; linked against the release objects of Storage, Syndication and their dependencies.
// BENCH_NO_STORIES=1 gives items no keyphrases: the copy path alone (each item opens a story).
import FeedModel
import Foundation
import Storage
import Syndication

let arguments = CommandLine.arguments
let path = arguments[1]
let operations = Int(arguments.dropFirst(2).first ?? "1000") ?? 1000
let store = try Store(path: path)
if try store.feeds().isEmpty {
    try store.syncSubscriptions([FeedSubscription(url: "https://bench.example/feed")], at: Date())
}
guard operations > 0 else { exit(0) }

/// Deterministic pseudo-random words, so that texts differ like real ones.
struct Words {
    var state: UInt64
    mutating func next() -> String {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let syllables: [String] = ["ber", "lin", "haus", "halt", "stra", "ße", "re", "gie", "rung", "mi", "nis", "ter", "wahl", "kreis", "land", "tag"]
        let count: Int = 2 + Int(state >> 61) % 3
        var word = ""
        for index in 0..<count {
            let shift = UInt64(8 * index + 8)
            word += syllables[Int((state >> shift) & 15)]
        }
        return word
    }
    mutating func step() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
    mutating func text(sentences: Int) -> String {
        (0..<sentences).map { _ in (0..<14).map { _ in next() }.joined(separator: " ") + "." }.joined(separator: " ")
    }
}

let engine = SyndicationEngine()
// Each run in a 72-hour window of its own, so that earlier runs do not add open stories.
let start = Date(timeIntervalSince1970: 1_900_000_000 + Double(try store.itemCount()) * 300)
var words = Words(state: UInt64(try store.itemCount()) &+ 42)  // new texts on every run
var texts: [String] = []
for index in 0..<operations {
    // Every tenth item copies an earlier one with an added paragraph.
    texts.append(index % 10 == 9 ? texts[index - 5] + " " + words.text(sentences: 2) : words.text(sentences: 12))
}
let feed = try store.feeds().first!
let run = try store.startRun(kind: "bench", at: start)
let drafts = texts.enumerated().map { index, text in
    ItemDraft(identityKey: "bench-\(UUID().uuidString)", contentHash: "\(index)",
              entry: Entry(guid: "\(index)", link: "https://bench.example/a/\(UUID().uuidString)", title: "Bench \(index)",
                           published: start.addingTimeInterval(Double(index)), content: text))
}
try store.commitFetch(
    feed: feed, record: FetchRecord(runID: run, feedID: feed.id, startedAt: start, outcome: .ok), items: drafts, at: start)
let ids = try drafts.map { try store.itemID(feedID: feed.id, identityKey: $0.identityKey)! }

// Items alternate in blocks of 25: one block stored item by item, the next as one batch (one
// fetched feed in one transaction), so that both modes see the same database.
let blockSize = 25
var durations: [Double] = []
var copyDurations: [Double] = []
var checks: [Double] = []
var fingerprintCost: [Double] = []
var copies = 0
let clock = ContinuousClock()
var requests: [SyndicationRequest] = []
var batchTotal = 0.0, batched = 0

func syndicateBatch() {
    batchTotal += seconds(clock.measure {
        let results = try? store.syndicate(requests, window: 72 * 3600) { request, candidates in
            engine.decide(fingerprint: request.fingerprint, features: request.features, candidates: candidates)
        }
        copies += results?.filter { $0.groupID != nil }.count ?? 0
    })
    batched += requests.count
    requests = []
}
for (index, text) in texts.enumerated() {
    var fingerprint: ItemFingerprint!
    var features: StoryFeatures!
    fingerprintCost.append(seconds(clock.measure {
        fingerprint = engine.fingerprint(url: drafts[index].entry.link, title: drafts[index].entry.title, cleanText: text)
        // Ten keyphrase keys from a vocabulary of 5,000 (a copy has its original's), forty stems (stemLimit).
        var keys = Words(state: UInt64(index % 10 == 9 ? index - 5 : index) &+ words.state)
        let phrases = (0..<10).map { _ in "k\(Int(keys.step() % 5_000))" }
        features = ProcessInfo.processInfo.environment["BENCH_NO_STORIES"] != nil ? StoryFeatures() : StoryFeatures(keyphraseKeys: phrases, stems: Dictionary(uniqueKeysWithValues: (0..<40).map { ("s\(keys.step() % 20_000)-\($0)", 1.0) }))
    }))
    if (index / blockSize) % 2 == 1 {
        requests.append(SyndicationRequest(itemID: ids[index], fingerprint: fingerprint, features: features))
        if requests.count == blockSize { syndicateBatch() }
        continue
    }
    checks.append(seconds(clock.measure { _ = try? store.copyCandidates(for: fingerprint, excluding: ids[index]) }))
    var result: ItemSyndication?
    durations.append(seconds(clock.measure {
        result = try? store.syndicate(itemID: ids[index], fingerprint: fingerprint, features: features, window: 72 * 3600) {
            engine.decide(fingerprint: fingerprint, features: features, candidates: $0)
        }
    }))
    if result?.groupID != nil {
        copies += 1
        copyDurations.append(durations.last!)
    }
}

if !requests.isEmpty { syndicateBatch() }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func status(_ field: String) -> String {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    return text.split(separator: "\n").first { $0.hasPrefix(field) }.map { String($0.dropFirst(field.count + 1)).trimmingCharacters(in: .whitespaces) } ?? "?"
}

let ms = { (value: Double) in String(format: "%.3f ms", value * 1000) }
print("syndicate (check + insert, one transaction per item): median \(ms(percentile(durations, 0.5))) p90 \(ms(percentile(durations, 0.9))) p99 \(ms(percentile(durations, 0.99))) mean \(ms(durations.reduce(0, +) / Double(max(durations.count, 1)))) over \(durations.count) items")
if !copyDurations.isEmpty {
    print("  of which copies: median \(ms(percentile(copyDurations, 0.5))) p90 \(ms(percentile(copyDurations, 0.9))) over \(copyDurations.count) items")
}
print("syndicate in batches of 25 (one transaction per batch): mean \(ms(batchTotal / Double(max(batched, 1)))) per item over \(batched) items; \(copies) of \(operations) items grouped as copies")
print("check only (copyCandidates, read transaction): median \(ms(percentile(checks, 0.5))) p90 \(ms(percentile(checks, 0.9)))")
print("fingerprint (pure, not stored): median \(ms(percentile(fingerprintCost, 0.5))) p90 \(ms(percentile(fingerprintCost, 0.9)))")
print("process memory: VmRSS \(status("VmRSS")) VmHWM \(status("VmHWM"))")
