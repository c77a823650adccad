import Foundation

/// Rewrites date forms that only differ from ISO 8601 in words: Korean (년 월 일, 오전/오후, KST
/// implied) and month names between hyphens (Hungarian `2004-július-13`).
enum DateNormalizer {
    struct Result {
        var text: String
        var impliedOffset: Int?
        var pm = false
    }

    static func normalize(_ text: String) -> Result {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return Result(text: text) }
        if text.contains("년") || text.contains("오후") || text.contains("오전") { return korean(text) }
        return Result(text: hyphenatedMonthName(text))
    }

    private static func korean(_ text: String) -> Result {
        var t = text.replacingOccurrences(of: "년", with: "-").replacingOccurrences(of: "월", with: "-")
        t = t.replacingOccurrences(of: "일", with: "")
        let pm = t.contains("오후")
        t = t.replacingOccurrences(of: "오후", with: "").replacingOccurrences(of: "오전", with: "")
        let squeezed = t.split(separator: " ").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return Result(text: squeezed.joined(separator: " ").replacingOccurrences(of: "- ", with: "-"), impliedOffset: 9 * 3600, pm: pm)
    }

    /// `2004-július-13T…` → `2004-07-13T…`.
    private static func hyphenatedMonthName(_ text: String) -> String {
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].allSatisfy(\.isASCIIDigit), parts[1].contains(where: \.isLetter),
              let month = DateNames.months[parts[1].lowercased()] else { return text }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        return "\(parts[0])-\(mm)-\(parts[2])"
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingCharacters(in: .whitespaces) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
