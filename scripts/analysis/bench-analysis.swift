// Throughput of AnalysisPipeline.analyze on JSON-lines inputs (from bench-input.py), one core.
// Built and run by scripts/analysis/bench.sh against the release build of the Analysis target
// only; not part of the package graph.
import Analysis
import Foundation
#if canImport(Glibc)
import Glibc
#endif

let path = CommandLine.arguments.dropFirst().first ?? "/tmp/analysis-bench.jsonl"
let rounds = Int(CommandLine.arguments.dropFirst(2).first ?? "3") ?? 3
let decoder = JSONDecoder()
let inputs = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
    try decoder.decode(AnalysisInput.self, from: Data($0.utf8))
}
let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
_ = AnalysisPipeline.analyze(inputs[0])  // load resources

var stageTotals: [AnalysisStage: Duration] = [:]
let wallClock = ContinuousClock()
var best = Duration.seconds(1_000_000)
var bestCPU = Double.infinity
for round in 0..<rounds {
    let cpuStart = clock()
    let elapsed = wallClock.measure {
        for input in inputs {
            _ = AnalysisPipeline.analyze(input)
        }
    }
    let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
    if round > 0 || rounds == 1 { best = min(best, elapsed); bestCPU = min(bestCPU, cpu) }
}
for input in inputs {
    _ = AnalysisPipeline.analyze(input, timing: { stageTotals[$0, default: .zero] += $1 })
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
print("analysis throughput: \(Int(Double(inputs.count) / seconds)) items/s, \(Int(Double(bytes) / seconds / 1e6)) MB/s (\(inputs.count) items, \(bytes / inputs.count) bytes each, best of \(max(rounds - 1, 1)))")
print("analysis throughput per CPU second: \(Int(Double(inputs.count) / bestCPU)) items/s (process CPU time; the wall figure suffers when the core is shared)")
for stage in AnalysisStage.allCases {
    print("analysis stage \(stage.rawValue): \(stageTotals[stage, default: .zero] / inputs.count) per item")
}
