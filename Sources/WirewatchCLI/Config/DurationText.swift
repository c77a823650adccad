/// Reads durations written as seconds (300) or with a unit ("90s", "15m", "2h", "1d", "1w").
enum DurationText {
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last else { return nil }
        let factors: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let factor = factors[unit], let value = Double(trimmed.dropLast()), value >= 0 {
            return value * factor
        }
        if let value = Double(trimmed), value >= 0 { return value }
        return nil
    }
}

import Foundation
