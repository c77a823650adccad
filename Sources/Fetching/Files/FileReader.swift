import FeedModel
import Foundation

/// Reads a feed configured as a local file:// URL, under the same body cap as HTTP.
/// Only original request URLs reach here: redirects to file:// are refused by curl.
enum FileReader {
    static func read(_ request: FetchRequest, path: String, maxBytes: Int) -> FetchResult {
        let started = MonotonicClock.now()
        var result = FetchResult(request: request, outcome: .ok, effectiveURL: request.url)
        do {
            let body = try readCapped(path: path, maxBytes: maxBytes)
            result.bytes = body.count
            if body.count > maxBytes {
                result.outcome = .tooLarge
                result.message = "\(request.url): file exceeded \(maxBytes) bytes"
            } else if body.isEmpty {
                result.outcome = .notAFeed
                result.message = "\(request.url): file is empty"
            } else {
                result.body = body
            }
        } catch {
            result.outcome = .fileError
            result.message = "\(request.url): cannot read \(path): \(describe(error))"
        }
        result.duration = MonotonicClock.now() - started
        return result
    }

    /// Reads at most `maxBytes + 1` bytes, so an oversized (or endless) file is noticed, not loaded.
    private static func readCapped(path: String, maxBytes: Int) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return Array(try handle.read(upToCount: maxBytes + 1) ?? Data())
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
