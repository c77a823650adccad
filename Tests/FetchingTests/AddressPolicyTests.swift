import Fetching
import Testing

@Suite struct AddressPolicyTests {
    @Test(arguments: [
        "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
        "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
        "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
    ])
    func refusesNonPublic(_ ip: String) {
        #expect(AddressPolicy.refusal(forIP: ip) != nil, "\(ip) must be refused")
    }

    @Test(arguments: ["8.8.8.8", "172.15.255.255", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:db8::1", "2606:4700::1111", "::ffff:8.8.8.8"])
    func allowsPublic(_ ip: String) {
        #expect(AddressPolicy.refusal(forIP: ip) == nil, "\(ip) must be allowed")
    }

    @Test func namesTheRange() {
        #expect(AddressPolicy.refusal(forIP: "127.0.0.1")?.range == "loopback 127.0.0.0/8")
        #expect(AddressPolicy.refusal(forIP: "fe80::1")?.range == "link-local fe80::/10")
    }
}
