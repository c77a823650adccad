// Per-stage instruction counts, load-independent: each stage of the pipeline runs alone over
// precomputed inputs inside its own @inline(never) function, so callgrind attributes its cost
// exactly (inclusive cost of runClean(), runLanguage(), …). Built and run by
// scripts/analysis/callgrind-stages.sh; not part of the package graph.
import Analysis
import Foundation
let path = CommandLine.arguments[1]
let decoder = JSONDecoder()
let inputs = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
    try decoder.decode(AnalysisInput.self, from: Data($0.utf8))
}
_ = AnalysisPipeline.analyze(inputs[0])  // load resources
var sink = 0
let cleans = inputs.map { ArticleCleaner.clean(text: $0.text, title: $0.title, declaredAuthor: $0.author) }
let scalars = cleans.map { Array($0.body.unicodeScalars) }
let languages = zip(cleans, inputs).map { LanguageIdentifier.identify($0.body, declared: $1.declaredLanguage).language }
let tokens = scalars.map { Tokenizer.tokenize(scalars: $0) }
let sentences = zip(scalars, tokens).map { SentenceSplitter.split(scalars: $0, tokens: $1) }
func withTitle(_ title: String?, tokens: [Token], sentences: [Sentence]) -> ([Token], [Sentence]) {
    guard let title, !title.isEmpty else { return (tokens, sentences) }
    let titleTokens = Tokenizer.tokenize(title)
    guard !titleTokens.isEmpty else { return (tokens, sentences) }
    let shift = titleTokens.count
    let titleSentence = Sentence(start: 0, end: titleTokens[shift - 1].end, tokens: 0..<shift)
    let shifted = sentences.map { Sentence(start: $0.start, end: $0.end, tokens: ($0.tokens.lowerBound + shift)..<($0.tokens.upperBound + shift)) }
    return (titleTokens + tokens, [titleSentence] + shifted)
}
let keyInputs = (0..<inputs.count).map { withTitle(inputs[$0].title, tokens: tokens[$0], sentences: sentences[$0]) }
let entities = (0..<inputs.count).map { EntityRecognizer.shared.recognize(text: cleans[$0].body, tokens: tokens[$0], sentences: sentences[$0], language: languages[$0]) }
// warm every stage once (caches, lazy statics)
_ = KeyphraseExtractor.extract(text: cleans[0].body, tokens: keyInputs[0].0, sentences: keyInputs[0].1, language: languages[0], documentFrequency: { _ in 0 }, documentCount: 0)
_ = QuoteExtractor.extract(text: cleans[0].body, tokens: tokens[0], sentences: sentences[0], entities: entities[0], language: languages[0])

@inline(never) func runClean() { for input in inputs { sink &+= ArticleCleaner.clean(text: input.text, title: input.title, declaredAuthor: input.author).body.utf8.count } }
@inline(never) func runLanguage() { for i in inputs.indices { sink &+= LanguageIdentifier.identify(cleans[i].body, declared: inputs[i].declaredLanguage).language.utf8.count } }
@inline(never) func runTokens() { for s in scalars { sink &+= Tokenizer.tokenize(scalars: s).count } }
@inline(never) func runSentences() { for i in inputs.indices { sink &+= SentenceSplitter.split(scalars: scalars[i], tokens: tokens[i]).count } }
@inline(never) func runKeyphrases() { for i in inputs.indices { sink &+= KeyphraseExtractor.extract(text: cleans[i].body, tokens: keyInputs[i].0, sentences: keyInputs[i].1, language: languages[i], documentFrequency: { _ in 0 }, documentCount: 0).count } }
@inline(never) func runEntities() { for i in inputs.indices { sink &+= EntityRecognizer.shared.recognize(text: cleans[i].body, tokens: tokens[i], sentences: sentences[i], language: languages[i]).count } }
@inline(never) func runQuotes() { for i in inputs.indices { sink &+= QuoteExtractor.extract(text: cleans[i].body, tokens: tokens[i], sentences: sentences[i], entities: entities[i], language: languages[i]).count } }
runClean(); runLanguage(); runTokens(); runSentences(); runKeyphrases(); runEntities(); runQuotes()
print(sink, inputs.count)
