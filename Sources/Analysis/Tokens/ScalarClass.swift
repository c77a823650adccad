/// Character classes the tokenizer and the language identifier agree on.
///
/// ASCII is answered from the value alone; everything else from the Unicode general category.
enum ScalarClass {
    /// Whether `s` is a letter (general categories Lu, Ll, Lt, Lm, Lo).
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Whether `s` is a combining mark that belongs to the letter before it.
    @inline(__always)
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `s` is a decimal digit.
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Whether `s` is white space, including no-break and thin spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// Whether `s` is an uppercase or titlecase letter.
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        let c = s.properties.generalCategory
        return c == .uppercaseLetter || c == .titlecaseLetter
    }

    /// Whether `s` is a lowercase letter.
    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.generalCategory == .lowercaseLetter
    }

    /// The lower-case form of a letter as one scalar (the first one where the mapping has several).
    @inline(__always)
    static func lowered(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s
        }
        switch v {
        case 0xC0...0xDE where v != 0xD7, 0x410...0x42F: return Unicode.Scalar(v + 0x20) ?? s
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50) ?? s
        case 0xDF...0xFF, 0x430...0x45F: return s
        default: return s.properties.lowercaseMapping.unicodeScalars.first ?? s
        }
    }

    /// Whether `s` is a word-joining hyphen (hyphen-minus, hyphen, non-breaking hyphen).
    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Whether `s` is an apostrophe that may sit inside a word (don't, l'État).
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }
}
