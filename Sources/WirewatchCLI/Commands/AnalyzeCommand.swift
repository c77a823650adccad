import Analysis
import ArgumentParser
import Foundation

/// `wirewatch analyze`: the analysis pipeline as a filter, JSON lines in, JSON lines out.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse documents read from stdin, one JSON object a line, writing one JSON object a line.",
        discussion: """
            Input: {"id": …, "text": "…", "title": "…", "lang": "de"} (title and lang optional). Output: id, lang, \
            lang_confidence, sentences, tokens, keyphrases [{phrase, score}], metadata {author, credit, agency, dateline}, \
            entities and quotes. Offsets count Unicode scalars of the cleaned text (clean_body), from 0, end exclusive. \
            A line that cannot be read gets {"id": …, "error": "…"} and the stream goes on.
            """)

    @Flag(help: "Leave tokens and sentences out of the output (smaller lines).")
    var compact = false

    func run() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let output = BufferedOutput()
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            output.write(process(line, number: lineNumber, encoder: encoder))
        }
        output.flush()
    }

    private func process(_ line: String, number: Int, encoder: JSONEncoder) -> Data {
        guard let input = AnalyzeLine.decode(line) else {
            return AnalyzeLine.error(id: AnalyzeLine.id(in: line) ?? "line \(number)", "not a JSON object with a text field")
        }
        var result = AnalysisPipeline.analyze(input).offsets(relativeTo: input.text)
        if compact {
            result.tokens = []
            result.sentences = []
        }
        return (try? encoder.encode(result)) ?? AnalyzeLine.error(id: input.id, "result could not be encoded")
    }
}

/// Reading one input line of `analyze`.
enum AnalyzeLine {
    static func decode(_ line: String) -> AnalysisInput? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = object["text"] as? String
        else { return nil }
        return AnalysisInput(
            id: id(of: object["id"]) ?? "", text: text, title: object["title"] as? String,
            declaredLanguage: object["lang"] as? String, author: object["author"] as? String)
    }

    static func id(in line: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]).flatMap { id(of: $0["id"]) }
    }

    static func id(of value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    static func error(id: String, _ message: String) -> Data {
        (try? JSONSerialization.data(withJSONObject: ["id": id, "error": message], options: [.sortedKeys])) ?? Data()
    }
}

/// Collects output lines and writes them in large chunks.
final class BufferedOutput {
    private var buffer = Data()

    func write(_ line: Data) {
        buffer.append(line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
