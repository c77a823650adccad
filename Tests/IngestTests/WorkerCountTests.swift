import Testing

@testable import Ingest

@Suite struct WorkerCountTests {
    @Test("without analysis the workers leave the writer a core; with analysis a worker per core")
    func workersPerCores() {
        #expect(Pipeline.workerCount(cores: 2, analysing: false) == 1)
        #expect(Pipeline.workerCount(cores: 8, analysing: false) == 7)
        #expect(Pipeline.workerCount(cores: 2, analysing: true) == 2)
        #expect(Pipeline.workerCount(cores: 1, analysing: false) == 1)
        #expect(Pipeline.workerCount(cores: 1, analysing: true) == 1)
        #expect(Pipeline.workerCount(cores: 0, analysing: true) == 1)
    }
}
