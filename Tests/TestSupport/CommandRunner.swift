import Foundation

/// Runs the built `wirewatch` binary as a subprocess and captures what it printed.
public struct CommandRunner: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public let binary: String
    public var environment: [String: String]

    /// The binary of this checkout's debug build (or $WIREWATCH_BIN).
    public init(environment: [String: String] = [:], filePath: String = #filePath) {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        binary = ProcessInfo.processInfo.environment["WIREWATCH_BIN"] ?? root.path + "/.build/debug/wirewatch"
        self.environment = environment
    }

    /// Starts the binary without waiting; its output goes to the given files.
    public func start(_ arguments: [String], stdout: String, stderr: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = mergedEnvironment()
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: stdout)
        process.standardError = FileHandle(forWritingAtPath: stderr)
        try process.run()
        return process
    }

    private func mergedEnvironment() -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WIREWATCH_CONFIG")
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        for (key, value) in environment { env[key] = value }
        return env
    }

    /// Runs the binary to completion on its own thread (never blocking Swift's cooperative pool, on
    /// which loopback test servers run), feeding `stdin` when given.
    public func run(_ arguments: [String], directory: String? = nil, stdin: String? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Swift.Result { try runBlocking(arguments, directory: directory, stdin: stdin) })
            }.start()
        }
    }

    private func runBlocking(_ arguments: [String], directory: String?, stdin: String?) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = mergedEnvironment()
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin {
            let writer = input.fileHandleForWriting
            Thread {
                writer.write(Data(stdin.utf8))
                try? writer.close()
            }.start()
        }
        let errReader = AsyncData(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Reads a pipe to its end on its own thread (so stdout and stderr cannot dead-lock each other).
final class AsyncData: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
