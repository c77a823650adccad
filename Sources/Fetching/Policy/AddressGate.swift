#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address rule one fetcher applies in curl's open-socket callback, which sees every
/// connection curl opens: the first request's and each redirect hop's.
struct AddressGate: Sendable {
    var allowPrivate: Bool
    /// Addresses refused even when private ones are allowed (lets tests prove hops are checked).
    var alsoRefused: Set<String> = []

    init(options: FetchOptions, alsoRefused: Set<String> = []) {
        self.allowPrivate = options.allowPrivateAddresses
        self.alsoRefused = alsoRefused
    }

    /// Why curl must not connect to `address`, or nil when it may.
    func refusal(for address: UnsafePointer<sockaddr>) -> AddressPolicy.Refusal? {
        guard let (ip, range) = AddressPolicy.inspect(address) else { return nil }
        if alsoRefused.contains(ip) { return AddressPolicy.Refusal(address: ip, range: "refused by this fetcher") }
        guard !allowPrivate, let range else { return nil }
        return AddressPolicy.Refusal(address: ip, range: range)
    }
}
