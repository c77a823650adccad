internal import CStemmer

/// A Snowball stemmer (libstemmer) for one language.
///
/// Ownership: each instance owns one `sb_stemmer` handle, created in `init` and freed in
/// `deinit`; nothing else frees it. A handle keeps its result in a buffer of its own, so an
/// instance is **not thread-safe**: create one per call site or per task (creation is cheap)
/// and do not share it across concurrent code — the type is deliberately not `Sendable`.
public final class Stemmer {
    private let handle: OpaquePointer

    /// The language code the stemmer was made for ("de", "en", …).
    public let language: String

    /// ISO 639-1 codes and the Snowball algorithm names they map to.
    static let algorithms: [String: String] = [
        "de": "german", "en": "english", "fr": "french", "es": "spanish", "it": "italian",
        "nl": "dutch", "pt": "portuguese", "ru": "russian", "sv": "swedish", "tr": "turkish",
    ]

    /// A stemmer for `language` ("de", "en", … or a Snowball name), or nil when libstemmer has none.
    public init?(language: String) {
        let name = Self.algorithms[language.lowercased()] ?? language.lowercased()
        guard let handle = sb_stemmer_new(name, "UTF_8") else { return nil }
        self.handle = handle
        self.language = language
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of one lower-cased word; the word itself when the stemmer fails.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let result = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
