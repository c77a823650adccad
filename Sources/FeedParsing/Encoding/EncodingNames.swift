/// Maps the charset names found in feeds (including Python codec aliases feedparser accepts) to
/// names iconv knows.
enum EncodingNames {
    static let aliases: [String: String] = [
        "cp-is": "CP861", "dbcs": "CP1252", "ms-ansi": "CP1252", "ms-arab": "CP1256", "ms-cyrl": "CP1251",
        "ms-ee": "CP1250", "ms-greek": "CP1253", "ms-hebr": "CP1255", "ms-turk": "CP1254", "winbaltrim": "CP1257",
        "mac": "MACINTOSH", "csmacintosh": "MACINTOSH", "macroman": "MACINTOSH", "macintosh": "MACINTOSH",
        "maccentraleurope": "MAC-CENTRALEUROPE", "maclatin2": "MAC-CENTRALEUROPE", "maccyrillic": "MAC-CYRILLIC",
        "mac-cyrillic": "MAC-CYRILLIC", "maciceland": "MAC-IS", "cspc775baltic": "CP775",
        "cspc850multilingual": "CP850", "cspc862latinhebrew": "CP862", "cspc8codepage437": "CP437",
        "cspcp852": "CP852", "cskoi8r": "KOI8-R", "tcvn": "TCVN5712-1", "tcvn-5712": "TCVN5712-1",
        "utf8": "UTF-8", "x-sjis": "SHIFT_JIS", "shift-jis": "SHIFT_JIS", "gb2312": "GB18030", "gbk": "GB18030",
    ]

    /// Canonical lowercase label: "ISO_8859-1" → "iso-8859-1".
    static func label(_ raw: String) -> String {
        if let ascii = asciiLabel(raw) { return ascii }
        return String(raw.lowercased().map { $0 == "_" ? "-" : $0 }).trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"]))
    }

    /// `label` for ASCII names (all real ones), on the bytes: the same result without Foundation's
    /// character sets. Nil for anything else.
    private static func asciiLabel(_ raw: String) -> String? {
        let utf8 = raw.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        @inline(__always) func trimmed(_ b: UInt8) -> Bool {
            (b >= 0x09 && b <= 0x0D) || b == 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
        }
        // Already canonical (nearly always "utf-8"): the string itself.
        if let first = utf8.first, let last = utf8.last, !trimmed(first), !trimmed(last),
           !utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "_") }) {
            return raw
        }
        var bytes = utf8.map { b -> UInt8 in
            if b >= 0x41 && b <= 0x5A { return b | 0x20 }
            return b == UInt8(ascii: "_") ? UInt8(ascii: "-") : b
        }
        while let last = bytes.last, trimmed(last) { bytes.removeLast() }
        let start = bytes.firstIndex { !trimmed($0) } ?? bytes.endIndex
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// True for labels decoded with the windows-1252 table.
    static func isLatin1Family(_ label: String) -> Bool {
        ["iso-8859-1", "latin-1", "latin1", "l1", "iso8859-1", "us-ascii", "ascii", "windows-1252", "cp1252",
         "iso-ir-100", "csisolatin1", "ibm819", "cp819", "ansi-x3.4-1968", "x-cp1252"].contains(label)
    }

    /// Candidate iconv names for a label.
    static func iconvNames(_ label: String) -> [String] {
        if let a = aliases[label] { return [a] }
        var names = [label.uppercased()]
        if label.allSatisfy(\.isASCIIDigit) { names.append("CP" + label) }
        if label.hasPrefix("csibm") { names.append("IBM" + label.dropFirst(5)) }
        if label.hasPrefix("windows-") { names.append("CP" + label.dropFirst(8)) }
        return names
    }
}

import Foundation
