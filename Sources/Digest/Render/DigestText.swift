import Foundation

/// Wording and formatting shared by the Markdown and HTML renderers, so both say the same.
enum DigestText {
    static let stories = "Top stories"
    static let trending = "Trending against the 7-day baseline"
    static let entities = "Most mentioned"
    static let quotes = "Quotes of the day"
    static let keyphrases = "Top keyphrases"
    static let languages = "Items per language"
    static let health = "Feed health"
    static let runs = "Runs"
    static let perHour = "Items per hour"
    static let allHealthy = "All feeds are healthy."

    /// The numbers line items, in order: label and value.
    static func numbers(_ n: DigestNumbers) -> [(String, Int)] {
        [("items", n.items), ("new", n.newItems), ("updated", n.updatedItems), ("syndicated copies", n.syndicatedCopies),
         ("stories", n.stories), ("feeds ok", n.feedsOK), ("feeds failing", n.feedsFailing), ("feeds disabled", n.feedsDisabled)]
    }

    static func kindName(_ kind: String) -> String {
        switch kind {
        case "PER": return "person"
        case "LOC": return "place"
        case "ORG": return "organisation"
        default: return "other"
        }
    }

    static func arrow(_ d: TrendingEntity.Direction) -> String {
        switch d {
        case .rising: return "▲ rising"
        case .falling: return "▼ falling"
        case .new: return "★ new"
        }
    }

    /// "peak 41 at 05:00, quietest 0 at 00:00": hours counted from the window's start.
    static func hourSummary(_ counts: [Int]) -> String {
        guard let peak = counts.indices.max(by: { counts[$0] < counts[$1] }),
              let low = counts.indices.min(by: { counts[$0] < counts[$1] }) else { return "" }
        return String(format: "peak %d at %02d:00, quietest %d at %02d:00", counts[peak], peak, counts[low], low)
    }

    static func runLine(_ r: RunLogSummary) -> String {
        "\(r.runs) runs (\(r.runsOK) ok, \(r.runsPartial) partial, \(r.runsFailed) failed), "
            + "\(r.fetches) fetches, \(r.fetchErrors) failed, \(megabytes(r.bytes)) MB"
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    /// "HH:mm" in the digest's zone, or "YYYY-MM-DD HH:mm" when outside its day.
    static func time(_ date: Date?, in digest: DailyDigest) -> String {
        guard let date else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: digest.timeZone) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let clock = pad(c.hour ?? 0) + ":" + pad(c.minute ?? 0)
        guard date < digest.windowStart || date >= digest.windowEnd else { return clock }
        return "\(c.year ?? 0)-" + pad(c.month ?? 0) + "-" + pad(c.day ?? 0) + " " + clock
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Source links listed under a story in Markdown and HTML (the JSON lists them all).
    static let sourcesShown = 12

    /// The line after the listed sources when a story has more.
    static func moreSources(_ count: Int) -> String? {
        count > sourcesShown ? "… and \(count - sourcesShown) more sources" : nil
    }

    /// Only http and https links are shown, and only when every character is one a URL may
    /// carry unescaped (RFC 3986); anything else (javascript:, data:, spaces, quotes, …) is dropped.
    static func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty,
              url.unicodeScalars.allSatisfy({ urlCharacters.contains($0) }), let parsed = URL(string: url),
              let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https", parsed.host != nil else { return nil }
        return url
    }

    static let urlCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%")
}
