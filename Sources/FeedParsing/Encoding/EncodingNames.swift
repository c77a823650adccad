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
        String(raw.lowercased().map { $0 == "_" ? "-" : $0 }).trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"]))
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
