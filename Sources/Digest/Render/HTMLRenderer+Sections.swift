/// The HTML digest's sections after the numbers.
extension HTMLRenderer {
    func stories(_ d: DailyDigest) -> String {
        guard !d.stories.stories.isEmpty else {
            return section(DigestText.stories, "<p class=\"note\">\(HTMLEscape.text(d.stories.note ?? StorySectionBuilder.noStoriesNote))</p>")
        }
        return section(DigestText.stories, d.stories.stories.enumerated().map { story($1, number: $0 + 1, d) }.joined())
    }

    func story(_ s: DigestStory, number: Int, _ d: DailyDigest) -> String {
        var html = "<div class=\"story\"><h3>\(number). \(HTMLEscape.text(s.title))</h3><p>\(HTMLEscape.text(s.summary.joined(separator: " ")))</p>"
        if !s.entities.isEmpty { html += "<p class=\"meta\">\(s.entities.map(HTMLEscape.text).joined(separator: " · "))</p>" }
        if let q = s.quote { html += quote(q) }
        html += "<p class=\"meta\">Syndicated copies: \(s.syndicatedCopies)</p>"
        html += list(s.sources.prefix(DigestText.sourcesShown).map {
            HTMLEscape.link($0.title ?? "(untitled)", $0.url) + " <span class=\"meta\">\(HTMLEscape.text($0.feedTitle ?? "")) \(DigestText.time($0.publishedAt, in: d))</span>"
        } + (DigestText.moreSources(s.sources.count).map { ["<span class=\"meta\">\(HTMLEscape.text($0))</span>"] } ?? []))
        return html + "</div>"
    }

    func trending(_ d: DailyDigest) -> String {
        let rows = d.trending.map { t -> [String] in
            let css = t.direction == .rising ? "up" : t.direction == .falling ? "down" : "new"
            return ["\(HTMLEscape.text(t.name))<br><span class=\"meta\">\(DigestText.kindName(t.kind))</span>",
                    "<b>\(t.today)</b><br><span class=\"meta\">\(t.baselineMean)/day</span>",
                    SVGChart.sparkline(t.baseline + [t.today]),
                    "<span class=\"\(css)\">\(DigestText.arrow(t.direction))</span><br><span class=\"meta\">score \(t.score)</span>"]
        }
        return section(DigestText.trending, table(["name", "today", "7 days + today", "direction"], rows))
    }

    func entities(_ d: DailyDigest) -> String {
        let rows = d.topEntities.map { [HTMLEscape.text($0.name), DigestText.kindName($0.kind), "\($0.items)", "\($0.mentions)"] }
        return section(DigestText.entities, table(["name", "kind", "items", "mentions"], rows))
    }

    func quotes(_ d: DailyDigest) -> String {
        section(DigestText.quotes, d.quotes.map(quote).joined())
    }

    func quote(_ q: DigestQuote) -> String {
        "<blockquote><p>„\(HTMLEscape.text(q.text))“</p><p class=\"who\">— \(HTMLEscape.text(q.speaker ?? "unknown")), "
            + HTMLEscape.link(q.itemTitle ?? q.feedTitle ?? "source", q.url) + "</p></blockquote>"
    }

    func keyphrases(_ d: DailyDigest) -> String {
        let chips = d.keyphrases.map { "<span>\(HTMLEscape.text($0.phrase)) (\($0.items))</span>" }
        return section(DigestText.keyphrases, chips.isEmpty ? "" : "<div class=\"chips\">\(chips.joined())</div>")
    }

    func languages(_ d: DailyDigest) -> String {
        section(DigestText.languages, table(["language", "items"], d.languages.map { [HTMLEscape.text($0.language), "\($0.items)"] }))
    }

    func health(_ d: DailyDigest) -> String {
        guard !d.feedHealth.isEmpty else { return section(DigestText.health, "<p>\(DigestText.allHealthy)</p>") }
        return section(DigestText.health, list(d.feedHealth.map { h in
            let since = h.since.map { " · since \(DigestText.time($0, in: d))" } ?? ""
            let css = h.state == .disabled ? "down" : "new"
            return "<span class=\"\(css)\">\(h.state.rawValue)</span> " + HTMLEscape.link(h.title ?? h.url, h.url)
                + " — \(HTMLEscape.text(h.reason ?? ""))<br><span class=\"meta\">\(HTMLEscape.text(h.url))\(since) · \(h.errorCount) errors</span>"
        }))
    }

    func runs(_ d: DailyDigest) -> String {
        section(DigestText.runs, "<p>\(DigestText.runLine(d.runLog))</p>")
    }
}
