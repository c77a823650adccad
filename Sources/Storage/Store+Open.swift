import Foundation
import GRDB

extension Store {
    /// Creates the directory that will hold the database file, with its parents.
    static func createParentDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError(
                    code: .cannotOpen, operation: "open", context: "path \(path)",
                    message: "cannot open database: \(directory) is a file, not a directory; "
                        + "choose another database path")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                code: .cannotOpen, operation: "open", context: "path \(path)",
                message: "cannot create directory \(directory): \(error.localizedDescription); "
                    + "create it or choose another database path",
                underlying: error)
        }
    }

    /// Turns an open failure into a message that names the path and the likely fix.
    static func openError(_ error: any Error, path: String) -> StoreError {
        var wrapped = StoreError.wrapping(error, operation: "open", context: "path \(path)")
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.isWritableFile(atPath: directory) {
            wrapped.code = .readOnly
            wrapped.message = "cannot open database at \(path): directory \(directory) is not writable; "
                + "fix its permissions or choose another path"
        } else if wrapped.code == .cannotOpen || wrapped.code == .readOnly {
            wrapped.message = "cannot open database at \(path): \(wrapped.message)"
        }
        return wrapped
    }
}
