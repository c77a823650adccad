internal import CLibXML2

/// Resolves relative references against a base URI (RFC 3986, through libxml2's `xmlBuildURI`).
enum URLResolver {
    /// `reference` made absolute against `base`; unchanged when there is no base or it fails.
    static func resolve(_ reference: String, against base: String?) -> String {
        let ref = TextConstructDecoder.trimmed(ArraySlice(reference.utf8))
        guard let base, !base.isEmpty, !isAbsolute(ref) else { return ref }
        guard let built = xmlBuildURI(ref, base) else { return ref }
        defer { ww_xml_free(built) }
        return String(cString: built)
    }

    /// False for bases that would turn links into scripts (javascript:, vbscript:, data:).
    static func isSafeBase(_ s: String) -> Bool {
        let l = s.trimmingCharacters(in: .whitespaces).lowercased()
        return !(l.hasPrefix("javascript:") || l.hasPrefix("vbscript:") || l.hasPrefix("data:"))
    }

    /// True when `s` starts with a scheme ("http:", "mailto:" …).
    static func isAbsolute(_ s: String) -> Bool {
        var sawLetter = false
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: ":"): return sawLetter
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if !sawLetter { return false }
            default: return false
            }
        }
        return false
    }
}

import Foundation
