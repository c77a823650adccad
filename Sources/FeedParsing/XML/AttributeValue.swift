/// Attribute values as libxml2's SAX2 hands them over without entity substitution: a literal
/// `&` arrives as "&#38;", which is turned back into "&".
enum AttributeValue {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return s }
        return s.replacingOccurrences(of: "&#38;", with: "&")
    }
}

import Foundation
