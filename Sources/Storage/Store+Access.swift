import Foundation
import GRDB

extension Store {
    /// Runs `body` in one write transaction; any error rolls it back and comes out as a `StoreError`
    /// naming `operation` and `context`.
    func write<T: Sendable>(
        _ operation: String, _ context: String? = nil, _ body: (Database) throws -> T
    ) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, context: context)
        }
    }

    /// Runs `body` on a read-only snapshot (concurrent with the writer on a file database).
    func read<T: Sendable>(
        _ operation: String, _ context: String? = nil, _ body: (Database) throws -> T
    ) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, context: context)
        }
    }
}
