import Foundation

/// Per-host politeness: how many transfers a host has in flight, the minimum gap between requests
/// to it, and a 429 throttle. Times are monotonic seconds; Retry-After dates are wall-clock.
///
/// Kept for the lifetime of the `Fetcher`, so gaps and throttles also hold across `fetch` calls.
struct HostThrottle {
    /// What to do with the next queued request for a host.
    enum Decision: Equatable {
        case start
        /// Not before this monotonic time (gap or Retry-After), or when a slot frees up (`nil`).
        case wait(until: Double?)
        /// The host asked for a pause longer than a request may wait: answer without sending.
        case refuse(retryAfter: Date, cause: String)
    }

    /// How long a 429 without Retry-After throttles its host, seconds.
    static let defaultRetryAfter: Double = 60

    private struct Host {
        var active = 0
        var notBefore: Double = 0
        var retryAfter: Date?
        var cause = ""
    }

    let maxPerHost: Int
    let gap: Double
    /// Longest a queued request waits for a Retry-After before it is refused.
    let maxWait: Double
    private var hosts: [String: Host] = [:]
    /// Whether some host has a Retry-After on record (requests to it may have to be refused).
    private(set) var hasRetryAfter = false

    init(maxPerHost: Int, gap: Double, maxWait: Double) {
        self.maxPerHost = max(1, maxPerHost)
        self.gap = max(0, gap)
        self.maxWait = maxWait
    }

    func decide(_ host: String, now: Double, wallNow: Date) -> Decision {
        guard let state = hosts[host] else { return .start }
        if let until = state.retryAfter, until.timeIntervalSince(wallNow) > maxWait {
            return .refuse(retryAfter: until, cause: state.cause)
        }
        if state.active >= maxPerHost { return .wait(until: nil) }
        return now >= state.notBefore ? .start : .wait(until: state.notBefore)
    }

    mutating func started(_ host: String, now: Double) {
        hosts[host, default: Host()].active += 1
        push(host, notBefore: now + gap)
    }

    mutating func finished(_ host: String, now: Double) {
        hosts[host, default: Host()].active -= 1
        push(host, notBefore: now + gap)
    }

    /// Records a 429: no request to `host` starts before `retryAfter` (default: 60 s from now).
    mutating func rateLimited(_ host: String, retryAfter: Date?, now: Double, wallNow: Date, cause: String) {
        let until = retryAfter ?? wallNow.addingTimeInterval(Self.defaultRetryAfter)
        hosts[host, default: Host()].retryAfter = until
        hasRetryAfter = true
        hosts[host, default: Host()].cause = cause
        push(host, notBefore: now + until.timeIntervalSince(wallNow))
    }

    /// Forgets hosts that are idle and whose gaps and throttles have passed.
    mutating func prune(now: Double) {
        hosts = hosts.filter { $0.value.active > 0 || $0.value.notBefore > now }
        hasRetryAfter = hosts.values.contains { $0.retryAfter != nil }
    }

    private mutating func push(_ host: String, notBefore: Double) {
        hosts[host, default: Host()].notBefore = max(hosts[host]?.notBefore ?? 0, notBefore)
    }
}

/// Monotonic seconds, for gaps and deadlines that must not jump with the wall clock.
enum MonotonicClock {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
