import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny scripted HTTP server on raw POSIX sockets, for misbehaviour FlyingFox cannot express
/// (slow headers, 1 byte/s, resets, truncated chunked bodies, lying Content-Length).
/// One thread accepts; each connection runs `script` on its own thread and is then closed.
final class RawServer: @unchecked Sendable {
    let host: String
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var connections = 0

    init(host: String = "127.0.0.1", script: @escaping @Sendable (RawConnection) -> Void) throws {
        let fd = try Self.listen(on: host)
        self.host = host
        self.listener = fd
        self.port = Self.localPort(fd)
        Thread { [self] in Self.acceptLoop(fd, server: self, script: script) }.start()
    }

    private static func listen(on host: String) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, host, &address.sin_addr)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        return fd
    }

    /// Connections accepted so far.
    var connectionCount: Int { lock.withLock { connections } }

    func url(_ path: String) -> String { "http://\(host):\(port)\(path)" }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func acceptLoop(_ fd: Int32, server: RawServer, script: @escaping @Sendable (RawConnection) -> Void) {
        while true {
            let client = accept(fd, nil, nil)
            guard client >= 0 else { return }
            server.lock.withLock { server.connections += 1 }
            Thread {
                let connection = RawConnection(fd: client)
                script(connection)
                connection.close()
            }.start()
        }
    }

    private static func localPort(_ fd: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// One accepted connection with scripted, byte-exact writes.
final class RawConnection {
    let fd: Int32
    private var closed = false

    init(fd: Int32) { self.fd = fd }

    /// Reads until the end of the request head (blank line) and returns it.
    @discardableResult
    func readRequest() -> String {
        var head = [UInt8]()
        var byte: UInt8 = 0
        while recv(fd, &byte, 1, 0) == 1 {
            head.append(byte)
            if head.count >= 4 && head.suffix(4) == [13, 10, 13, 10] { break }
        }
        return String(decoding: head, as: UTF8.self)
    }

    /// Writes all bytes; false once the peer has gone.
    @discardableResult
    func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return false }
            sent += n
        }
        return true
    }

    func pause(_ seconds: Double) { usleep(UInt32(seconds * 1_000_000)) }

    /// Closes with a TCP reset (SO_LINGER 0) instead of a clean FIN.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
    }
}
