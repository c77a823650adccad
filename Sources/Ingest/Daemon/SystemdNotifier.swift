import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Talks to systemd through $NOTIFY_SOCKET (sd_notify's protocol, written directly): READY=1,
/// STATUS=…, WATCHDOG=1 at half of WatchdogSec, STOPPING=1. Does nothing outside systemd.
public final class SystemdNotifier: Sendable {
    private let socketPath: String?
    /// Seconds between watchdog pings (half of WATCHDOG_USEC), nil when no watchdog is configured.
    public let watchdogInterval: Double?
    private let lastPing = LockedDate()

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        let pidMatches = environment["WATCHDOG_PID"].map { Int32($0) == getpid() } ?? true
        if let usec = environment["WATCHDOG_USEC"].flatMap(Double.init), usec > 0, pidMatches {
            watchdogInterval = usec / 2_000_000
        } else {
            watchdogInterval = nil
        }
    }

    public var isActive: Bool { socketPath != nil }

    public func ready() { send("READY=1") }

    public func stopping() { send("STOPPING=1") }

    public func reloading() { send("RELOADING=1") }

    public func status(_ text: String) {
        send("STATUS=" + text.replacingOccurrences(of: "\n", with: " "))
    }

    /// Sends WATCHDOG=1 when half the watchdog interval has passed since the last ping.
    public func watchdogIfDue(now: Date = Date()) {
        guard let interval = watchdogInterval, lastPing.advance(to: now, ifOlderThan: interval) else { return }
        send("WATCHDOG=1")
    }

    /// Sends one datagram without ever blocking (a full socket queue drops it); returns false when it
    /// could not be delivered.
    @discardableResult
    public func send(_ message: String) -> Bool {
        guard let socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var path = Array(socketPath.utf8)
        if path.first == UInt8(ascii: "@") { path[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + path.count)
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sockaddrPointer in
                sendto(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT), sockaddrPointer, length)
            }
        }
        return sent == bytes.count
    }
}

/// A date behind a lock, for rate-limiting watchdog pings from any thread.
final class LockedDate: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Date.distantPast

    /// Sets the date to `now` and returns true when the stored one is older than `interval` seconds.
    func advance(to now: Date, ifOlderThan interval: Double) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(value) >= interval else { return false }
        value = now
        return true
    }
}
