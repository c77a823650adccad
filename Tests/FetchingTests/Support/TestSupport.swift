import FeedModel
import Fetching
import Foundation

extension FetchOptions {
    /// Fast, loopback-friendly options: private addresses allowed, no host gap, short timeouts.
    static func testing(_ tweak: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
        var options = FetchOptions()
        options.allowPrivateAddresses = true
        options.hostGap = 0
        options.connectTimeout = 2
        options.totalTimeout = 5
        options.lowSpeedSeconds = 2
        tweak(&options)
        return options
    }
}

/// Fetches `requests` and returns the results by request URL, with the whole call's wall time.
func fetchAll(_ requests: [FetchRequest], options: FetchOptions) async -> (results: [String: FetchResult], seconds: Double) {
    let started = ProcessInfo.processInfo.systemUptime
    var results: [String: FetchResult] = [:]
    for await result in Fetcher(options: options).fetch(requests) {
        results[result.request.url] = result
    }
    return (results, ProcessInfo.processInfo.systemUptime - started)
}

func fetchAll(_ urls: [String], options: FetchOptions = .testing()) async -> [String: FetchResult] {
    await fetchAll(urls.map { FetchRequest(url: $0) }, options: options).results
}

/// The URL of a test fixture file.
func fixtureURL(_ name: String) -> URL {
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
}

/// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for `date`.
func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
}

let sampleFeed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>"
