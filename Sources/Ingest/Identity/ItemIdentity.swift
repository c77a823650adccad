import Crypto
import FeedModel
import Foundation

/// How an entry is recognised across fetches of the same feed, and how a change is noticed.
public enum ItemIdentity {
    /// The per-feed key: the guid/id, else the normalised link, else a hash of title and content.
    public static func key(for entry: Entry) -> String {
        if let guid = entry.guid.map(trimmed), !guid.isEmpty {
            return "guid:" + guid
        }
        if let link = entry.link, let normal = LinkNormaliser.normalise(link) {
            return "link:" + normal
        }
        return "hash:" + hexDigest([entry.title ?? "", entry.content ?? entry.summary ?? ""])
    }

    /// A hash over what makes a new revision: title, link, author, summary, content and enclosures.
    public static func contentHash(for entry: Entry) -> String {
        let enclosures = entry.enclosures.map(\.url).joined(separator: " ")
        return hexDigest([
            entry.title ?? "", entry.link ?? "", entry.author ?? "", entry.summary ?? "",
            entry.content ?? "", enclosures,
        ])
    }

    /// SHA-256 of a response body, hex.
    public static func bodyHash(_ body: [UInt8]) -> String {
        hex(SHA256.hash(data: body))
    }

    static func hexDigest(_ fields: [String]) -> String {
        var hasher = SHA256()
        let separator: UInt8 = 0
        for var field in fields {
            // The field's own UTF-8 buffer (made contiguous once if it is bridged), not a copy.
            field.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            withUnsafeBytes(of: separator) { hasher.update(bufferPointer: $0) }
        }
        return hex(hasher.finalize())
    }

    /// `text` without leading and trailing whitespace and newlines (Foundation's
    /// `.whitespacesAndNewlines`). Most guids have none: those are decided on their first and last
    /// byte; only an ASCII blank or a non-ASCII byte at either end goes through Foundation.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && !(byte == 0x20 || (0x09...0x0D).contains(byte)) }
        if plain(first) && plain(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
