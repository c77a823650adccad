/// Inline SVG charts: numbers in, markup out (no text from feeds reaches them).
enum SVGChart {
    /// Bars for items per hour, with hour ticks every six hours.
    static func bars(_ values: [Int], width: Int = 480, height: Int = 120) -> String {
        guard !values.isEmpty else { return "" }
        let top = max(values.max() ?? 1, 1)
        let step = Double(width) / Double(values.count)
        let plot = Double(height - 20), top0 = 18.0
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" style=\"max-width:\(width)px\" role=\"img\" aria-label=\"items per hour, peak \(top)\">"]
        for (hour, value) in values.enumerated() {
            let h = plot * Double(value) / Double(top)
            parts.append(String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3b6ea5\"><title>%02d:00 %d</title></rect>",
                                Double(hour) * step + 1, top0 + plot - top0 - h * (plot - top0) / plot, max(step - 2, 1), h * (plot - top0) / plot, hour, value))
            if hour % 6 == 0 {
                parts.append(String(format: "<text x=\"%.1f\" y=\"%d\" font-size=\"14\" fill=\"#555\">%02d</text>", Double(hour) * step + 1, height - 2, hour))
            }
        }
        parts.append(String(format: "<text x=\"%d\" y=\"13\" font-size=\"14\" fill=\"#555\" text-anchor=\"end\">max %d</text>", width - 2, top))
        return parts.joined() + "</svg>"
    }

    /// A sparkline over the seven baseline days and today, scaled from its lowest to its highest
    /// value; today's point is marked.
    static func sparkline(_ values: [Int], width: Int = 96, height: Int = 24) -> String {
        guard values.count > 1 else { return "" }
        let low = Double(values.min() ?? 0), span = max(Double(values.max() ?? 1) - low, 1)
        let dx = Double(width - 6) / Double(values.count - 1)
        let points = values.enumerated().map { i, v in
            (Double(i) * dx + 3, Double(height - 3) - Double(height - 6) * (Double(v) - low) / span)
        }
        let line = points.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ")
        let last = points[points.count - 1]
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"7 days and today\">"
            + "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#3b6ea5\" stroke-width=\"1.5\"/>"
            + String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#c0392b\"/>", last.0, last.1) + "</svg>"
    }
}
