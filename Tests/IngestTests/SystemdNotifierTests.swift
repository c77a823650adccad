import Foundation
import Ingest
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// sd_notify messages arrive on a real unix datagram socket.
@Suite struct SystemdNotifierTests {
    /// Binds a datagram socket at a fresh path and returns (fd, path).
    func bindSocket() throws -> (Int32, String) {
        let path = NSTemporaryDirectory() + "ww-notify-\(UUID().uuidString.prefix(8)).sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        try #require(fd >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return (fd, path)
    }

    func receive(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : nil
    }

    @Test func sendsReadyStatusWatchdogAndStopping() throws {
        let (fd, path) = try bindSocket()
        defer {
            close(fd)
            unlink(path)
        }
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": path, "WATCHDOG_USEC": "4000000"])
        #expect(notifier.isActive)
        #expect(notifier.watchdogInterval == 2)
        notifier.ready()
        #expect(receive(fd) == "READY=1")
        notifier.status("fetching 3 feeds\nsecond line")
        #expect(receive(fd) == "STATUS=fetching 3 feeds second line")
        let now = Date()
        notifier.watchdogIfDue(now: now)
        notifier.watchdogIfDue(now: now.addingTimeInterval(1))  // too early: not sent
        notifier.watchdogIfDue(now: now.addingTimeInterval(2.5))
        notifier.stopping()
        #expect(receive(fd) == "WATCHDOG=1")
        #expect(receive(fd) == "WATCHDOG=1")
        #expect(receive(fd) == "STOPPING=1")
    }

    @Test func isSilentOutsideSystemd() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isActive)
        #expect(notifier.watchdogInterval == nil)
        #expect(notifier.send("READY=1") == false)
    }
}
