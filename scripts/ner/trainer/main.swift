// nertool: trains the entity models and measures them. Built by mk/ner.mk with swiftc from
// Sources/Analysis/Token.swift, Sources/Analysis/Entities/** (less the bundle file) and this file.
//   nertool train de|en <oracles/ner> <gazetteer folder> <out.nerw>
//   nertool eval <oracles/ner> <gazetteer folder> <model folder>
//   nertool entities de|en <text file> <gazetteer folder> <model folder>
import Foundation

func read(_ path: String) -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write("nertool: cannot read \(path)\n".data(using: .utf8)!)
        exit(2)
    }
    return text
}

/// The vocabulary `<base>.vocab` with the lexicon `<base>.lexicon` and the clusters `<base>.clusters`
/// where there are such files.
func loadVocabulary(_ base: String) -> Vocabulary {
    let lexicon = (try? String(contentsOfFile: base + ".lexicon", encoding: .utf8)) ?? ""
    let clusters = (try? String(contentsOfFile: base + ".clusters", encoding: .utf8)) ?? ""
    let environment = ProcessInfo.processInfo.environment
    return Vocabulary(text: read(base + ".vocab"), lexicon: environment["NER_NO_LEXICON"] == "1" ? "" : lexicon, clusters: clusters)
}

/// The training sentences of one language, in a fixed order.
func trainingSet(_ language: String, oracles: String) -> [LabeledSentence] {
    let german = NERCorpus.germEval(read(oracles + "/germeval2014-de-test-as-train.tsv"))
    let wikiGold = ProcessInfo.processInfo.environment["NER_NO_WIKIGOLD"] == "1"
        ? [] : NERCorpus.conllIOB1(read(oracles + "/en-wikigold.conll.txt"), keepMisc: false)
    let uner = NERCorpus.bio(read(oracles + "/en-uner-ewt-train.bio"))
    // Web text writes names in lowercase too ("florida", "taco bell"): every n-th sentence again, lowercased.
    let every = Int(ProcessInfo.processInfo.environment["NER_LOWER_EVERY"] ?? "") ?? 3
    let lowered = every > 0 ? uner.enumerated().filter { $0.offset % every == 0 }.map { pair -> LabeledSentence in
        var copy = pair.element
        copy.tokens = copy.tokens.map { $0.lowercased() }
        return copy
    } : []
    let english = uner + wikiGold + lowered
    let mix = ProcessInfo.processInfo.environment["NER_MIX"] == "1"
    if language == "de" { return german + (mix ? english : []) }
    return english + (mix ? german.map(withoutMisc) : [])
}

func withoutMisc(_ sentence: LabeledSentence) -> LabeledSentence {
    var copy = sentence
    copy.tags = copy.tags.map { $0.kind == .misc ? .outside : $0 }
    return copy
}

/// Template groups per language: both with Brown clusters (`NER_CLUSTERS=0` leaves them out);
/// English (web text) also with casing classes (`NER_CASING=0` leaves them out) and without affixes
/// (`NER_AFFIXES=1` keeps them).
func featureOptions(_ language: String) -> FeatureOptions {
    let environment = ProcessInfo.processInfo.environment
    var options: FeatureOptions = environment["NER_CLUSTERS"] == "0" ? [] : [.clusters]
    if language == "en" {
        if environment["NER_AFFIXES"] != "1" { options.insert(.withoutAffixes) }
        if environment["NER_CASING"] != "0" { options.insert(.casing) }
    }
    return options
}

func train(_ args: [String]) {
    let (language, oracles, gazetteerFolder, out) = (args[0], args[1], args[2], args[3])
    let gazetteer = Gazetteer(folder: URL(fileURLWithPath: gazetteerFolder))
    let sentences = trainingSet(language, oracles: oracles)
    let epochs = Int(ProcessInfo.processInfo.environment["NER_EPOCHS"] ?? "") ?? 10
    let dropout = Double(ProcessInfo.processInfo.environment["NER_DROPOUT"] ?? "") ?? 0
    // Four orders' weights averaged (NER_RUNS): steadier than one order, same size and speed.
    let runs = Int(ProcessInfo.processInfo.environment["NER_RUNS"] ?? "") ?? 4
    let seed = UInt64(ProcessInfo.processInfo.environment["NER_SEED"] ?? "") ?? 2014
    var trainer = PerceptronTrainer(
        bits: Int(ProcessInfo.processInfo.environment["NER_BITS"] ?? "") ?? 20, epochs: epochs, seed: seed, dropout: dropout, runs: runs)
    trainer.options = featureOptions(language)
    let vocabulary = loadVocabulary(URL(fileURLWithPath: out).deletingPathExtension().path)
    let model = trainer.train(sentences, gazetteer: gazetteer, vocabulary: vocabulary) { epoch, accuracy in
        print("train \(language): epoch \(epoch) token accuracy \(String(format: "%.4f", accuracy))")
    }
    let data = model.serialized(threshold: Float(ProcessInfo.processInfo.environment["NER_PRUNE"] ?? "") ?? 0.5)
    try! data.write(to: URL(fileURLWithPath: out))
    print("train \(language): \(sentences.count) sentences → \(out) (\(data.count / 1024) KiB)")
}

/// GermEval's sources are German Wikipedia and online news: every non-Wikipedia URL is news.
func isNews(_ source: String?) -> Bool {
    guard let source, let host = URL(string: source)?.host else { return false }
    return !host.hasSuffix("wikipedia.org")
}

/// Sentences per document for English: EWT (UNER) keeps each web document's sentences in order
/// but marks no boundaries, so runs of `NER_DOC` consecutive sentences (default 1: each sentence
/// alone) go to the recognizer together, as a news item's sentences do in the pipeline (whose
/// resolver finds a name's repeats elsewhere in the document). GermEval sentences stand alone.
func documentSize(_ language: String) -> Int {
    language == "en" ? max(1, Int(ProcessInfo.processInfo.environment["NER_DOC"] ?? "") ?? 1) : 1
}

func measure(_ sentences: [LabeledSentence], language: String, recognizer: EntityRecognizer, kinds: Set<EntityKind>) -> (NEREvaluation, NEREvaluation) {
    var full = NEREvaluation(kinds: kinds), tagger = NEREvaluation(kinds: kinds)
    let model = recognizer.model(for: EntityLanguage(code: language))!
    let size = documentSize(language)
    for start in stride(from: 0, to: sentences.count, by: size) {
        let group = Array(sentences[start..<min(start + size, sentences.count)])
        let (text, tokens, spans) = item(group)
        let mentions = recognizer.recognize(text: text, tokens: tokens, sentences: spans, language: language, compoundParts: false)
        for (sentence, span) in zip(group, spans) {
            let local = Array(tokens[span.tokens])
            let gold = NEREvaluation.spans(sentence.tags)
            let predicted = mentions.filter { $0.start >= span.start && $0.end <= span.end }.map { mention -> (Range<Int>, EntityKind) in
                let first = local.firstIndex { $0.end > mention.start } ?? 0
                let last = local.lastIndex { $0.start < mention.end } ?? first
                return (first..<(last + 1), mention.kind)
            }
            full.add(gold: gold, predicted: predicted)
            let tagged = NEREvaluation.spans(model.tag(tokens[span.tokens]))
            tagger.add(gold: gold, predicted: tagged)
            if ProcessInfo.processInfo.environment["NER_DUMP"] == language {
                let show = { (spans: [(Range<Int>, EntityKind)]) in spans.map { "\($0.1.rawValue):" + sentence.tokens[$0.0].joined(separator: " ") }.joined(separator: ", ") }
                let shown = ProcessInfo.processInfo.environment["NER_DUMP_TAGGER"] == "1" ? tagged : predicted
                let g = show(gold), p = show(shown)
                if g != p { print("GOLD \(g)\nPRED \(p)\n  \(sentence.tokens.joined(separator: " "))") }
                let spans = { (s: [(Range<Int>, EntityKind)]) in s.map { "\($0.1.rawValue) \($0.0.lowerBound) \($0.0.upperBound)" }.joined(separator: ";") }
                if g != p { print("SPANS \(spans(gold))|\(spans(shown))") }
            }
        }
    }
    return (full, tagger)
}

func evaluate(_ args: [String]) {
    let (oracles, gazetteerFolder, models) = (args[0], args[1], args[2])
    let vocabularies = ProcessInfo.processInfo.environment["NER_VOCAB"] ?? models
    let gazetteer = Gazetteer(folder: URL(fileURLWithPath: gazetteerFolder))
    let recognizer = EntityRecognizer { language in
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: "\(models)/\(language.rawValue).nerw")) else { return nil }
        let vocabulary = loadVocabulary("\(vocabularies)/\(language.rawValue)")
        return NERModel(perceptron: try! PerceptronModel(data: data), gazetteer: gazetteer, vocabulary: vocabulary)
    }
    let three: Set<EntityKind> = [.person, .location, .organization]
    let german = NERCorpus.germEval(read(oracles + "/germeval2014-de-dev.tsv"))
    let news = german.filter { isNews($0.source) }
    let english = NERCorpus.bio(read(oracles + "/en-uner-ewt-dev.bio"))
    let runs: [(String, [LabeledSentence], String, Set<EntityKind>)] = [
        ("de all", german, "de", three), ("de all incl. OTH", german, "de", Set(EntityKind.allCases)),
        ("de news", news, "de", three), ("de news incl. OTH", news, "de", Set(EntityKind.allCases)), ("en", english, "en", three),
    ]
    let only = ProcessInfo.processInfo.environment["NER_EVAL_ONLY"]
    for (name, sentences, language, kinds) in runs where only == nil || only == language {
        let (full, tagger) = measure(sentences, language: language, recognizer: recognizer, kinds: kinds)
        print("ner \(name): \(full.summary) [\(sentences.count) sentences]")
        print("  (tagger alone: \(tagger.summary))")
    }
}

/// Feature and setting choices are made here, never on the dev sets: blocks of 100 sentences of
/// the main training corpus (contiguous, so documents rarely straddle a split) go round-robin into
/// `NER_FOLDS` folds (default 5); each fold is held out once, the model trains on the rest, and
/// the held-out counts add up. `NER_FOLD=k` measures fold k alone.
func validate(_ args: [String]) {
    let (language, oracles, gazetteerFolder, vocabularyFile) = (args[0], args[1], args[2], args[3])
    let gazetteer = Gazetteer(folder: URL(fileURLWithPath: gazetteerFolder))
    let vocabulary = loadVocabulary(vocabularyFile.hasSuffix(".vocab") ? String(vocabularyFile.dropLast(6)) : vocabularyFile)
    let sentences = trainingSet(language, oracles: oracles)
    // Held out from the first (main) corpus only, so that adding or dropping a second corpus
    // (WikiGold) is compared on the same sentences.
    let main = language == "de" ? sentences.count : NERCorpus.bio(read(oracles + "/en-uner-ewt-train.bio")).count
    let environment = ProcessInfo.processInfo.environment
    let folds = Int(environment["NER_FOLDS"] ?? "") ?? 5
    let only = Int(environment["NER_FOLD"] ?? "")
    let epochs = Int(environment["NER_EPOCHS"] ?? "") ?? 10
    let bits = Int(environment["NER_BITS"] ?? "") ?? 20
    let dropout = Double(environment["NER_DROPOUT"] ?? "") ?? 0
    let runs = Int(environment["NER_RUNS"] ?? "") ?? 4
    let seed = UInt64(environment["NER_SEED"] ?? "") ?? 2014
    let kinds: Set<EntityKind> = language == "de" ? Set(EntityKind.allCases) : [.person, .location, .organization]
    var full = NEREvaluation(kinds: kinds), tagger = NEREvaluation(kinds: kinds)
    for fold in 0..<folds where only == nil || only == fold {
        let isHeld = { (index: Int) in index < main && (index / 100) % folds == fold }
        let heldOut = sentences.indices.filter(isHeld).map { sentences[$0] }
        // Lowercased copies of held-out sentences (NER_LOWER_EVERY) stay out of training too.
        let heldText = Set(heldOut.map { $0.tokens.joined(separator: " ").lowercased() })
        let train = sentences.enumerated().filter {
            !isHeld($0.offset) && !($0.offset >= main && heldText.contains($0.element.tokens.joined(separator: " ").lowercased()))
        }.map(\.element)
        var trainer = PerceptronTrainer(bits: bits, epochs: epochs, seed: seed, dropout: dropout, runs: runs)
        trainer.options = featureOptions(language)
        let perceptron = trainer.train(train, gazetteer: gazetteer, vocabulary: vocabulary)
        let model = NERModel(perceptron: perceptron, gazetteer: gazetteer, vocabulary: vocabulary)
        let (foldFull, foldTagger) = measure(heldOut, language: language, recognizer: EntityRecognizer { _ in model }, kinds: kinds)
        full.add(foldFull)
        tagger.add(foldTagger)
    }
    print("validate \(language): \(full.summary)")
    let o = full.overall
    print("  (TP \(o.truePositives) FP \(o.falsePositives) FN \(o.falseNegatives), F1 \(String(format: "%.4f", o.f1)))")
    print("  (tagger alone: \(tagger.summary))")
}

/// Entities and quotes over ~3 KB items (dev sentences joined), one thread; CPU time, so that
/// other processes on the machine do not count.
func bench(_ args: [String]) {
    let (oracles, gazetteerFolder, models) = (args[0], args[1], args[2])
    let gazetteer = Gazetteer(folder: URL(fileURLWithPath: gazetteerFolder))
    let model = NERModel(
        perceptron: try! PerceptronModel(data: Data(contentsOf: URL(fileURLWithPath: models + "/de.nerw"))),
        gazetteer: gazetteer, vocabulary: loadVocabulary(models + "/de"))
    let recognizer = EntityRecognizer { _ in model }
    var items: [(String, [Token], [Sentence])] = []
    var current: [LabeledSentence] = []
    for sentence in NERCorpus.germEval(read(oracles + "/germeval2014-de-dev.tsv")) {
        current.append(sentence)
        if current.map({ $0.tokens.joined(separator: " ").utf8.count }).reduce(0, +) >= 3_000 {
            items.append(item(current))
            current = []
        }
    }
    var mentions = 0, quotes = 0
    let skipQuotes = ProcessInfo.processInfo.environment["NER_BENCH_NO_QUOTES"] == "1"
    let rounds = Int(ProcessInfo.processInfo.environment["NER_BENCH_ROUNDS"] ?? "") ?? 10
    let start = clock()
    for _ in 0..<rounds {
        for (text, tokens, sentences) in items {
            let found = recognizer.recognize(text: text, tokens: tokens, sentences: sentences, language: "de")
            mentions += found.count
            if !skipQuotes {
                quotes += QuoteExtractor.extract(text: text, tokens: tokens, sentences: sentences, entities: found, language: "de").count
            }
        }
    }
    let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
    print("ner bench: \(items.count * rounds) items of ~3 KB in \(String(format: "%.2f", seconds)) s → \(Int(Double(items.count * rounds) / seconds)) items/s of CPU time (\(mentions) mentions, \(quotes) quotes)")
}

/// Sentences joined into one text with tokens and sentence spans.
func item(_ sentences: [LabeledSentence]) -> (String, [Token], [Sentence]) {
    var text = "", tokens: [Token] = [], spans: [Sentence] = []
    for sentence in sentences {
        let offset = text.unicodeScalars.count + (text.isEmpty ? 0 : 1)
        if !text.isEmpty { text += " " }
        let (joined, local) = sentence.joined()
        text += joined
        let first = tokens.count
        tokens += local.map { Token(text: $0.text, start: $0.start + offset, end: $0.end + offset, kind: $0.kind) }
        spans.append(Sentence(start: offset, end: offset + joined.unicodeScalars.count, tokens: first..<tokens.count))
    }
    return (text, tokens, spans)
}

/// The entities of a text file, one a line: kind, text, canonical name, key.
func entities(_ args: [String]) {
    let (language, file, gazetteerFolder, models) = (args[0], args[1], args[2], args[3])
    let gazetteer = Gazetteer(folder: URL(fileURLWithPath: gazetteerFolder))
    let model = NERModel(
        perceptron: try! PerceptronModel(data: Data(contentsOf: URL(fileURLWithPath: "\(models)/\(language).nerw"))),
        gazetteer: gazetteer, vocabulary: loadVocabulary("\(models)/\(language)"))
    let text = read(file)
    let tokens = Tokenizer.tokenize(text)
    let found = EntityRecognizer { _ in model }.recognize(
        text: text, tokens: tokens, sentences: SentenceSplitter.split(text, tokens: tokens), language: language)
    for e in found { print("\(e.kind.rawValue)\t\(e.text)\t\(e.canonical)\t\(e.key)") }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "train" where arguments.count == 5: train(Array(arguments.dropFirst()))
case "eval" where arguments.count == 4: evaluate(Array(arguments.dropFirst()))
case "bench" where arguments.count == 4: bench(Array(arguments.dropFirst()))
case "validate" where arguments.count == 5: validate(Array(arguments.dropFirst()))
case "entities" where arguments.count == 5: entities(Array(arguments.dropFirst()))
default:
    print("usage: nertool train de|en <oracles/ner> <gazetteer> <out.nerw> | nertool eval <oracles/ner> <gazetteer> <models>")
    exit(2)
}
