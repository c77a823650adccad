/// The digest as Markdown, for terminals and plain-text mail. Feed text is escaped so that it
/// cannot open links, HTML or headings; links are http(s) only.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ d: DailyDigest) -> String {
        var out: [String] = ["# wirewatch digest — \(d.date)", "", "_\(d.timeZone), generated \(DigestText.time(d.generatedAt, in: d))_", ""]
        out.append(DigestText.numbers(d.numbers).map { "**\($0.1)** \($0.0)" }.joined(separator: " · "))
        out += section(DigestText.stories, stories(d))
        out += section(DigestText.trending, d.trending.map(trend))
        out += section(DigestText.entities, d.topEntities.map { "- \(Self.escape($0.name)) (\(DigestText.kindName($0.kind))): \($0.items) items, \($0.mentions) mentions" })
        out += section(DigestText.quotes, d.quotes.map { quote($0, d) })
        out += section(DigestText.keyphrases, [d.keyphrases.map { "\(Self.escape($0.phrase)) (\($0.items))" }.joined(separator: " · ")])
        out += section(DigestText.languages, d.languages.map { "- \(Self.escape($0.language)): \($0.items)" })
        out += section(DigestText.perHour, [
            "`\(Self.blocks(d.itemsPerHour))` \(DigestText.hourSummary(d.itemsPerHour))", "",
            d.itemsPerHour.map(String.init).joined(separator: " "),
        ])
        out += section(DigestText.health, d.feedHealth.isEmpty ? [DigestText.allHealthy] : d.feedHealth.map { health($0, d) })
        out += section(DigestText.runs, [DigestText.runLine(d.runLog)])
        return out.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ lines: [String]) -> [String] {
        ["", "## \(title)", ""] + (lines.isEmpty || lines == [""] ? ["_none_"] : lines)
    }

    private func stories(_ d: DailyDigest) -> [String] {
        if d.stories.stories.isEmpty { return ["_\(d.stories.note ?? StorySectionBuilder.noStoriesNote)_"] }
        return d.stories.stories.enumerated().flatMap { n, s in
            var lines = ["### \(n + 1). \(Self.escape(s.title))", "", s.summary.map(Self.escape).joined(separator: " "), ""]
            if !s.entities.isEmpty { lines.append("Entities: " + s.entities.map(Self.escape).joined(separator: ", ")) }
            if let q = s.quote { lines.append("> „\(Self.escape(q.text))“ — \(Self.escape(q.speaker ?? "unknown"))") }
            lines.append("Syndicated copies: \(s.syndicatedCopies)")
            lines += s.sources.prefix(DigestText.sourcesShown).map {
                "- " + link($0.title ?? "(untitled)", $0.url) + " — \(Self.escape($0.feedTitle ?? "")) \(DigestText.time($0.publishedAt, in: d))"
            }
            if let more = DigestText.moreSources(s.sources.count) { lines.append("- " + more) }
            return lines + [""]
        }
    }

    private func trend(_ t: TrendingEntity) -> String {
        "- \(Self.escape(t.name)) (\(DigestText.kindName(t.kind))): \(t.today) items, baseline \(t.baselineMean)/day, "
            + "\(DigestText.arrow(t.direction)), score \(t.score) — 7 days: \(t.baseline.map(String.init).joined(separator: " "))"
    }

    private func quote(_ q: DigestQuote, _ d: DailyDigest) -> String {
        "> „\(Self.escape(q.text))“\n> — \(Self.escape(q.speaker ?? "unknown")), " + link(q.itemTitle ?? q.feedTitle ?? "source", q.url) + "\n"
    }

    private func health(_ h: FeedHealthLine, _ d: DailyDigest) -> String {
        let since = h.since.map { " since \(DigestText.time($0, in: d))" } ?? ""
        return "- \(h.state.rawValue): \(Self.escape(h.title ?? h.url)) <\(Self.escape(h.url))>\(since), \(h.errorCount) errors: \(Self.escape(h.reason ?? ""))"
    }

    private func link(_ text: String, _ url: String?) -> String {
        guard let url = DigestText.safeURL(url) else { return Self.escape(text) }
        return "[\(Self.escape(text))](\(url.replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: " ", with: "%20")))"
    }

    /// One block character per value, ▁ (lowest) to █ (highest): a chart for terminals.
    static func blocks(_ values: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let top = max(values.max() ?? 1, 1)
        return String(values.map { bars[min(bars.count - 1, $0 * (bars.count - 1) / top)] })
    }

    /// Backslash-escapes Markdown punctuation and flattens line breaks.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c.isNewline { out.append(" ") } else if "\\`*_{}[]<>()#+!|~&".contains(c) { out += "\\\(c)" } else { out.append(c) }
        }
        return out
    }
}
