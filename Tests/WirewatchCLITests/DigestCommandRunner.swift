import Dispatch
import TestSupport

extension CommandRunner {
    /// Runs the binary on a Dispatch thread, so waiting for it does not hold one of the few
    /// cooperative threads that loopback feed servers in this and other tests need.
    func runOffPool(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try self.run(arguments) })
            }
        }
    }
}
