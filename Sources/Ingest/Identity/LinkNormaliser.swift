import Foundation

/// Normalises item links so that trivial differences do not make a new identity: scheme and host
/// lower-cased, default ports and fragments dropped, tracking parameters (utm_*, fbclid, gclid …)
/// removed, remaining query parameters kept in their order.
public enum LinkNormaliser {
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref_src",
        "wt_mc", "wt.mc_id", "ocid", "cmpid", "at_medium", "at_campaign",
    ]

    public static func normalise(_ link: String) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            return trimmed
        }
        components.scheme = scheme
        components.host = components.host?.lowercased()
        components.fragment = nil
        if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443) {
            components.port = nil
        }
        if let items = components.queryItems {
            let kept = items.filter { !isTracking($0.name) }
            components.queryItems = kept.isEmpty ? nil : kept
        }
        if components.path.isEmpty, components.host != nil { components.path = "/" }
        return components.string ?? trimmed
    }

    static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utm_") || trackingParameters.contains(lower)
    }
}
