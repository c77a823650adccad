import Foundation

/// One URL per article across its tracking, AMP and mobile variants.
///
/// `normalise` lower-cases scheme and host, folds `http` into `https`, drops `www.`, `m.`,
/// `mobile.` and `amp.` host prefixes, default ports, fragments, tracking parameters (`utm_*`,
/// `fbclid`, `gclid`, `mc_cid`, …) and AMP markers (`/amp/` segments, `?amp=1`, `.amp.html`),
/// removes a trailing slash and sorts the remaining query parameters.
public enum CanonicalURL {
    /// Host prefixes of mobile and AMP editions.
    static let editionPrefixes = ["www.", "m.", "mobile.", "amp."]
    /// Query parameters that only track where a click came from.
    static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ocid", "cmpid", "icid", "wt_mc", "wt.mc_id", "ref", "ref_src", "ref_url", "smid",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "share", "xtor",
        "amp", "outputtype", "__twitter_impression",
    ]

    /// The canonical form of `string`, or nil when it is not an absolute http(s) URL.
    public static func normalise(_ string: String) -> String? {
        guard var parts = URLComponents(string: string.trimmingCharacters(in: .whitespacesAndNewlines)),
              let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parts.host, !host.isEmpty
        else { return nil }
        parts.scheme = "https"
        parts.host = canonicalHost(host)
        if parts.port == 80 || parts.port == 443 { parts.port = nil }
        parts.user = nil
        parts.password = nil
        parts.fragment = nil
        parts.percentEncodedPath = canonicalPath(parts.percentEncodedPath)
        let query = (parts.queryItems ?? []).filter { !isTracking($0) }
            .sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        parts.queryItems = query.isEmpty ? nil : query
        return parts.string
    }

    /// The host lower-cased, without a trailing dot and edition prefixes.
    static func canonicalHost(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        var stripped = true
        while stripped {
            stripped = false
            for prefix in editionPrefixes where host.hasPrefix(prefix) && host.dropFirst(prefix.count).contains(".") {
                host.removeFirst(prefix.count)
                stripped = true
            }
        }
        return host
    }

    /// The path without `amp` segments, `.amp` before the extension, empty segments and a trailing slash.
    static func canonicalPath(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        segments.removeAll { $0.lowercased() == "amp" }
        if var last = segments.popLast() {
            for suffix in [".amp.html", ".amp.htm", ".amp"] where last.lowercased().hasSuffix(suffix) {
                last = String(last.dropLast(suffix.count)) + (suffix == ".amp" ? "" : String(suffix.dropFirst(4)))
                break
            }
            segments.append(last)
        }
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/")
    }

    /// Whether a query item is tracking or an AMP marker.
    static func isTracking(_ item: URLQueryItem) -> Bool {
        let name = item.name.lowercased()
        return name.hasPrefix("utm_") || name.hasPrefix("pk_") || trackingNames.contains(name)
    }
}
