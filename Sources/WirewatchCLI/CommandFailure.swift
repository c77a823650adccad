import ArgumentParser
import Foundation

/// Exit statuses: 0 all good, 1 some feeds failed, 2 the command could not run.
enum ExitStatus {
    static let partialFailure = ExitCode(1)
    static let cannotRun = ExitCode(2)
}

/// Runs a command body; any error that escapes becomes one line on stderr and exit status 2.
func reportingFailures<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Terminal.error("wirewatch: \(error)")
        throw ExitStatus.cannotRun
    }
}

/// Writing to the terminal.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
}
