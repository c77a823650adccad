/// The digest as one self-contained HTML page: inline CSS and SVG, no scripts, no external
/// requests. Every string from a feed is escaped; links are http(s) only.
public struct HTMLRenderer: Sendable {
    public init() {}

    public func render(_ d: DailyDigest) -> String {
        let body = [header(d), numbers(d.numbers), perHour(d), stories(d), trending(d), entities(d), quotes(d),
                    keyphrases(d), languages(d), health(d), runs(d)].joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>wirewatch digest \(HTMLEscape.text(d.date))</title>
            <style>\(HTMLStyle.css)</style></head>
            <body><div class="page">
            \(body)
            </div></body></html>

            """
    }

    func header(_ d: DailyDigest) -> String {
        "<h1>wirewatch digest — \(HTMLEscape.text(d.date))</h1><div class=\"meta\">\(HTMLEscape.text(d.timeZone)), generated \(DigestText.time(d.generatedAt, in: d))</div>"
    }

    func numbers(_ n: DigestNumbers) -> String {
        let cells = DigestText.numbers(n).map { "<div class=\"num\"><b>\($0.1)</b><span>\($0.0)</span></div>" }
        return "<div class=\"numbers\">\(cells.joined())</div>"
    }

    func perHour(_ d: DailyDigest) -> String {
        section(DigestText.perHour, SVGChart.bars(d.itemsPerHour) + "<div class=\"meta\">\(DigestText.hourSummary(d.itemsPerHour))</div>")
    }

    func section(_ title: String, _ content: String) -> String {
        "<h2>\(title)</h2>\n" + (content.isEmpty ? "<p class=\"note\">none</p>" : content)
    }

    func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }

    func table(_ head: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let header = "<tr>" + head.map { "<th>\($0)</th>" }.joined() + "</tr>"
        return "<table>" + header + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table>"
    }
}
