internal import CLibXML2

/// Resolves relative references against a base URI (RFC 3986, through libxml2's `xmlBuildURI`).
enum URLResolver {
    /// `reference` made absolute against `base`; unchanged when there is no base or it fails.
    static func resolve(_ reference: String, against base: String?) -> String {
        // Values arrive trimmed nearly always: a copy only when an edge byte could be a space.
        let edgesPlain = reference.utf8.first.map { $0 > 0x20 && $0 < 0x80 } ?? false && reference.utf8.last.map { $0 > 0x20 && $0 < 0x80 } ?? false
        let ref = edgesPlain ? reference : TextConstructDecoder.trimmed(ArraySlice(reference.utf8))
        guard let base, !base.isEmpty, !isAbsolute(ref) else { return ref }
        let iri = ref.utf8.contains { $0 >= 0x80 } || base.utf8.contains { $0 >= 0x80 }
        guard let built = xmlBuildURI(iri ? percentEncoded(ref) : ref, iri ? percentEncoded(base) : base) else { return ref }
        defer { ww_xml_free(built) }
        let s = String(cString: built)
        return iri ? percentDecodedNonASCII(s) : s
    }

    /// IRIs (non-ASCII characters) are resolved as URIs: encoded before, decoded after.
    private static func percentEncoded(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            if b >= 0x80 { out += "%" + String(b, radix: 16, uppercase: true) } else { out.unicodeScalars.append(Unicode.Scalar(b)) }
        }
        return out
    }

    private static func percentDecodedNonASCII(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let v = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16), v >= 0x80 {
                out.append(v)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
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
