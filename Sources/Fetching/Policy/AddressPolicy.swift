#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which destination addresses a transfer may connect to: public unicast only, unless private
/// addresses are allowed. Checked on the address actually connected (redirects included).
public enum AddressPolicy {
    /// A refused destination and the range it falls in.
    public struct Refusal: Sendable, Hashable {
        public var address: String
        public var range: String
    }

    /// Why `ip` (textual IPv4 or IPv6) would be refused, or nil when it is allowed.
    public static func refusal(forIP ip: String) -> Refusal? {
        var v4 = in_addr()
        if inet_pton(AF_INET, ip, &v4) == 1 {
            return v4Range(UInt32(bigEndian: v4.s_addr)).map { Refusal(address: ip, range: $0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, ip, &v6) == 1 else { return nil }
        return v6Range(bytes(of: v6)).map { Refusal(address: ip, range: $0) }
    }

    /// The textual IP of a socket address and the refused range it falls in (nil when public);
    /// nil for anything that is not IPv4 or IPv6.
    static func inspect(_ address: UnsafePointer<sockaddr>) -> (ip: String, range: String?)? {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let sin = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in.self)
            let ip = UInt32(bigEndian: sin.sin_addr.s_addr)
            return (format(v4: ip), v4Range(ip))
        case AF_INET6:
            let sin6 = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in6.self)
            return (format(v6: sin6.sin6_addr), v6Range(bytes(of: sin6.sin6_addr)))
        default:
            return nil
        }
    }

    /// The refused IPv4 range `ip` (host byte order) falls in, or nil.
    static func v4Range(_ ip: UInt32) -> String? {
        let ranges: [(UInt32, Int, String)] = [
            (0x0000_0000, 8, "unspecified 0.0.0.0/8"), (0x0A00_0000, 8, "private 10.0.0.0/8"),
            (0x6440_0000, 10, "shared 100.64.0.0/10"), (0x7F00_0000, 8, "loopback 127.0.0.0/8"),
            (0xA9FE_0000, 16, "link-local 169.254.0.0/16"), (0xAC10_0000, 12, "private 172.16.0.0/12"),
            (0xC0A8_0000, 16, "private 192.168.0.0/16"), (0xE000_0000, 4, "multicast 224.0.0.0/4"),
            (0xF000_0000, 4, "reserved 240.0.0.0/4"),
        ]
        for (base, bits, name) in ranges where ip >> UInt32(32 - bits) == base >> UInt32(32 - bits) {
            return name
        }
        return nil
    }

    /// The refused IPv6 range of the 16 address bytes, or nil. IPv4-mapped addresses are checked as IPv4.
    static func v6Range(_ b: [UInt8]) -> String? {
        if b[0..<15].allSatisfy({ $0 == 0 }) { return b[15] == 1 ? "loopback ::1" : (b[15] == 0 ? "unspecified ::" : nil) }
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF {
            let v4 = b[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return v4Range(v4).map { "IPv4-mapped \($0)" }
        }
        if b[0] & 0xFE == 0xFC { return "unique-local fc00::/7" }
        if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "link-local fe80::/10" }
        if b[0] == 0xFF { return "multicast ff00::/8" }
        return nil
    }

    private static func bytes(of address: in6_addr) -> [UInt8] {
        withUnsafeBytes(of: address) { Array($0) }
    }

    private static func format(v4 ip: UInt32) -> String {
        [24, 16, 8, 0].map { String((ip >> UInt32($0)) & 0xFF) }.joined(separator: ".")
    }

    private static func format(v6 address: in6_addr) -> String {
        var copy = address
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &copy, &text, socklen_t(text.count)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
