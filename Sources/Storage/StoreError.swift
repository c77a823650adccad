import Foundation
import GRDB

/// A storage failure: what kind, which operation, on what (path, feed, run), what to do, and the cause.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure, for callers that react differently (exit codes, retries).
    public enum Code: String, Sendable {
        /// The database file could not be opened or created.
        case cannotOpen = "cannot_open"
        /// The database was written by a newer wirewatch, or a migration failed.
        case schema
        /// Another connection held the write lock longer than the busy timeout.
        case busy
        /// The file or its directory is read-only.
        case readOnly = "read_only"
        /// The disk is full.
        case diskFull = "disk_full"
        /// The file is not an SQLite database or is damaged.
        case corrupt
        /// A uniqueness, foreign key or check constraint refused the write.
        case constraint
        /// The feed, run or item the caller named does not exist.
        case notFound = "not_found"
        /// The caller passed something the store cannot use.
        case invalidArgument = "invalid_argument"
        /// A feature is not available in this SQLite build (e.g. FTS5).
        case unavailable
        /// Anything else (I/O errors, SQL errors).
        case other
    }

    public var code: Code
    /// The store operation that failed, e.g. "commitFetch".
    public var operation: String
    /// What it was working on, e.g. "feed https://example.org/rss" or "path /var/lib/wirewatch/db.sqlite".
    public var context: String?
    /// What happened and what to do about it.
    public var message: String
    /// The underlying error (usually a GRDB `DatabaseError`).
    public var underlying: (any Error)?

    public var description: String {
        let target = context.map { " (\($0))" } ?? ""
        let prefix = operation.isEmpty ? "" : "\(operation)\(target): "
        return prefix + message
    }

    public init(
        code: Code = .other, operation: String = "", context: String? = nil, message: String,
        underlying: (any Error)? = nil
    ) {
        self.code = code
        self.operation = operation
        self.context = context
        self.message = message
        self.underlying = underlying
    }
}

extension StoreError {
    /// Wraps any error thrown while doing `operation` on `context`; a `StoreError` keeps its own
    /// operation and context when it has them.
    static func wrapping(_ error: any Error, operation: String, context: String?) -> StoreError {
        if var error = error as? StoreError {
            if error.operation.isEmpty { error.operation = operation }
            if error.context == nil { error.context = context }
            return error
        }
        guard let dbError = error as? DatabaseError else {
            return StoreError(operation: operation, context: context, message: "\(error)", underlying: error)
        }
        let (code, advice) = classify(dbError)
        let detail = dbError.message ?? "\(dbError.resultCode)"
        return StoreError(
            code: code, operation: operation, context: context, message: "\(detail): \(advice)",
            underlying: dbError)
    }

    /// Maps an SQLite result code to a kind and a sentence that says what to do.
    private static func classify(_ error: DatabaseError) -> (Code, String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return (.busy, "another process kept the database locked for more than 5 s; "
                + "retry, or stop the other wirewatch process")
        case .SQLITE_READONLY, .SQLITE_PERM:
            return (.readOnly, "the database file or its directory is not writable; check ownership and permissions")
        case .SQLITE_FULL:
            return (.diskFull, "the disk is full; free space and retry")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return (.corrupt, "the file is not a wirewatch database or is damaged; move it aside or restore a backup")
        case .SQLITE_CANTOPEN:
            return (.cannotOpen, "check that the directory exists and is writable")
        case .SQLITE_CONSTRAINT:
            return (.constraint, "the write was refused and nothing was stored; "
                + "this is a bug in the caller or the data")
        case .SQLITE_IOERR:
            return (.other, "a disk I/O error occurred; check the disk and the file system")
        default:
            return (.other, "unexpected database error")
        }
    }
}
