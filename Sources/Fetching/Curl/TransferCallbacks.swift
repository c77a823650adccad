#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CCurl

/// The C callbacks curl calls during `curl_multi_perform`, on the loop thread. Defined here, in
/// nonisolated code, as `@convention(c)` functions; each gets its `EasyTransfer` back from the
/// unretained context pointer (the loop keeps the transfer alive while curl holds its handle).
enum TransferCallbacks {
    typealias DataFunction = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int
    typealias OpenSocketFunction = @convention(c) (UnsafeMutableRawPointer?, curlsocktype, UnsafeMutablePointer<curl_sockaddr>?) -> curl_socket_t

    /// CURLOPT_WRITEFUNCTION: decoded body bytes. Returning less than given aborts (CURLE_WRITE_ERROR).
    static let write: DataFunction = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        return transfer.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
    }

    /// CURLOPT_HEADERFUNCTION: one complete header line per call, of every response (redirects too).
    static let header: DataFunction = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        // Typed UTF-8 bytes take String's fast path (raw bytes take the slow, generic one).
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        return transfer.receiveHeader(line) ? length : 0
    }

    /// CURLOPT_OPENSOCKETFUNCTION: the one place a destination address is seen before connecting.
    static let openSocket: OpenSocketFunction = { context, _, address in
        guard let context, let address else { return CURL_SOCKET_BAD }
        let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
        guard transfer.mayConnect(to: ww_sockaddr(address)) else { return CURL_SOCKET_BAD }
        let info = address.pointee
        return socket(info.family, info.socktype | Int32(SOCK_CLOEXEC.rawValue), info.protocol)
    }
}
