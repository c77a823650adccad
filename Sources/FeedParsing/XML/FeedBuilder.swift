import Foundation
import FeedModel

/// Builds a `ParsedFeed` from SAX events, one element at a time, without a DOM.
///
/// Text is gathered as UTF-8 bytes in one buffer; each open element remembers where its text
/// starts and decodes it once when it ends. Elements inside a text construct (XHTML content,
/// inline HTML in a description) are written back into that buffer as markup.
final class FeedBuilder {
    struct Frame {
        var key: String
        /// `key` as a small integer, for dispatch.
        var name: ElementName
        var local: String
        var textStart: Int
        var base: String?
        var lang: String?
        var attributes: [XMLAttribute]
        /// Written back as markup into the enclosing text construct.
        var isMarkup = false
        /// The XHTML `<div>` wrapping Atom xhtml content: neither written nor kept.
        var isWrapper = false
        /// This element is a text construct whose children are markup.
        var construct: TextKind?
        /// An element around the feed's root (an XHTML page wrapping an Atom feed).
        var isPreRoot = false
        /// Namespace of a markup element.
        var uri = ""
    }

    let options: ParseOptions
    @exclusivity(unchecked) var feed = ParsedFeed()
    var root: FeedRoot?
    /// `root != nil`, kept apart: testing the optional would copy its strings.
    @exclusivity(unchecked) var rootSeen = false
    @exclusivity(unchecked) var stack: [Frame] = []
    @exclusivity(unchecked) var text: [UInt8] = []
    @exclusivity(unchecked) var entry: Entry?
    /// `entry != nil`, kept apart: testing the optional would copy the whole entry.
    @exclusivity(unchecked) var inEntry = false
    @exclusivity(unchecked) var entryDepth = 0
    var person: Person?
    @exclusivity(unchecked) var personDepth = 0
    /// Depth of image / textinput / source containers whose children must not touch the feed.
    @exclusivity(unchecked) var ignoredDepth = 0
    /// "author", "contributor" or "publisher" while a person construct is open.
    var personRole = "author"
    /// An entry's `<source>`: the entry and feed set aside while the source's feed fields fill `feed`.
    @exclusivity(unchecked) var sourceDepth = 0
    var savedFeed: ParsedFeed?
    var savedEntry: Entry?
    /// Channel `<image>` / `<textinput>`: children are kept as "image.title" … extensions.
    var subObject: String?
    @exclusivity(unchecked) var subDepth = 0
    @exclusivity(unchecked) var markupEscaping = false
    /// Which of RSS `description` / `summary` gave the open entry its summary.
    var summaryKey: String?
    var assumedZone = false
    var preRootElements = 0
    /// True until libxml2 reports an error. libxml2 reads every byte of running text, CDATA and
    /// entity values before it hands them over, and reports any byte sequence that is not UTF-8
    /// as an error when it reads it, before that text reaches a callback (it then passes the
    /// bytes on as they were). So while no error has been reported, the text buffer holds only
    /// well-formed UTF-8 (this writer adds markup and entity text that are), and long values are
    /// decoded without checking every byte again (a twentieth of parsing). A test puts malformed
    /// sequences of every kind in every place; debug builds check each value.
    @exclusivity(unchecked) var textIsWellFormed = true

    /// Elements whose exact text matters (feedparser compares it untrimmed).
    static func isUntrimmed(_ name: ElementName) -> Bool { name == .itunes_block || name == .itunes_explicit }

    init(options: ParseOptions) {
        self.options = options
        feed.encoding = nil
    }

    /// Dialect flags, read on every element (reading `root` would copy its strings).
    @exclusivity(unchecked) var isAtom = false
    @exclusivity(unchecked) var isAtom10 = false
    @exclusivity(unchecked) var isCDF = false

    /// Returns false to stop parsing (e.g. the root is not a feed). `key` is the element's
    /// canonical name ("title", "dc:creator", "media:content" …) and `name` its dispatch value.
    func startElement(key: String, name: ElementName, uri: String, local: String, attributes: [XMLAttribute], namespaces: [(prefix: String, uri: String)]) -> Bool {
        var isRoot = false
        if !rootSeen {
            if let r = FeedRoot.detect(uri: uri, local: local, attributes: attributes, namespaces: namespaces) {
                root = r
                rootSeen = true
                isRoot = true
                isAtom = r.isAtom
                isAtom10 = r.version == "atom10"
                isCDF = r.version == "cdf"
            } else {
                return wrapperStart(local: local)
            }
        }
        // The parent's fields are read in place: copying the whole frame would retain all its strings.
        let top = stack.count - 1
        let parentBase = top >= 0 ? stack[top].base : nil
        var base = parentBase ?? options.baseURL
        var lang = top >= 0 ? stack[top].lang : nil
        if !attributes.isEmpty {
            if let a = attributes.first(where: { $0.uri == Namespaces.xml && $0.local == "base" && URLResolver.isSafeBase($0.value) }) {
                base = URLResolver.resolve(a.value, against: parentBase ?? options.baseURL)
            }
            if let a = attributes.first(where: { $0.uri == Namespaces.xml && $0.local == "lang" }) {
                lang = a.value.isEmpty ? nil : a.value.replacingOccurrences(of: "_", with: "-")
            }
        }
        if !isRoot, top >= 0, stack[top].isMarkup || stack[top].construct != nil {
            startMarkup(local: local, attributes: attributes, base: base, lang: lang, parentIsConstruct: stack[top].construct != nil, uri: uri, namespaces: namespaces)
            return true
        }
        let frame = Frame(key: key, name: name, local: local, textStart: text.count, base: base, lang: lang, attributes: attributes)
        if isRoot, let lang { feed.language = feed.language ?? lang }
        let construct = beginElement(frame)
        markupEscaping = construct?.isXHTML == true
        // Appended as built and completed in place: a frame changed before the append is copied.
        stack.append(frame)
        if let construct { stack[stack.count - 1].construct = construct }
        return true
    }

    func endElement() {
        guard let frame = stack.popLast() else { return }
        if frame.isPreRoot {
            text.removeLast(text.count - frame.textStart)
            return
        }
        if frame.isMarkup {
            if !frame.isWrapper, !MarkupWriter.isVoid(frame.local) { MarkupWriter.endTag(frame.local, into: &text) }
            return
        }
        let value = Self.decodedText(of: frame, in: text, wellFormed: textIsWellFormed)
        text.removeLast(text.count - frame.textStart)
        endElement(frame, value: frame.construct?.isHTML == true ? HTMLURLResolver.resolve(value, base: frame.base) : value)
        if let top = stack.indices.last {
            markupEscaping = stack[top].construct?.isXHTML == true || (stack[top].isMarkup && markupEscaping)
        } else {
            markupEscaping = false
        }
    }

    /// The element's text, decoded. Not inlined: the slice of `text` it reads must be gone
    /// before `text` is cut back, or the cut would copy the whole buffer.
    @inline(never)
    private static func decodedText(of frame: Frame, in text: [UInt8], wellFormed: Bool) -> String {
        let raw = text[frame.textStart...]
        if let kind = frame.construct { return TextConstructDecoder.decode(raw, kind: kind, wellFormed: wellFormed) }
        return TextConstructDecoder.plain(raw, trim: !FeedBuilder.isUntrimmed(frame.name), wellFormed: wellFormed)
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !stack.isEmpty else { return }
        if markupEscaping, stack[stack.count - 1].isMarkup || stack[stack.count - 1].construct != nil {
            MarkupWriter.escapeText(bytes, into: &text)
        } else if bytes.count == 1 {
            // A predefined entity (`&lt;` …) arrives as one byte: no bulk-copy machinery for it.
            text.append(bytes[0])
        } else {
            text.append(contentsOf: bytes)
        }
    }

    /// Elements before the feed's root: an `<html>` document may wrap a feed (feedparser reads
    /// those); anything else, or a page without a feed soon, is not a feed.
    private func wrapperStart(local: String) -> Bool {
        guard stack.isEmpty ? local.lowercased() == "html" : preRootElements < 256 else { return false }
        preRootElements += 1
        var frame = Frame(key: local, name: .other, local: local, textStart: text.count, base: options.baseURL, lang: nil, attributes: [])
        frame.isPreRoot = true
        stack.append(frame)
        return true
    }

    private func startMarkup(local: String, attributes: [XMLAttribute], base: String?, lang: String?, parentIsConstruct: Bool, uri: String, namespaces: [(prefix: String, uri: String)]) {
        var frame = Frame(key: local, name: .other, local: local, textStart: text.count, base: base, lang: lang, attributes: attributes)
        frame.isMarkup = true
        frame.uri = uri
        if parentIsConstruct, isAtom10, local == "div", uri == Namespaces.xhtml, text.count == stack.last!.textStart || isBlank(text[stack.last!.textStart...]) {
            frame.isWrapper = true
        } else {
            let parentURI = stack.last?.isMarkup == true ? stack.last!.uri : Namespaces.xhtml
            let isFeedNamespace = Namespaces.prefix(for: uri, documentPrefix: "x").isEmpty
            let declared = !uri.isEmpty && !isFeedNamespace && uri != Namespaces.xhtml && uri != parentURI
                ? [XMLAttribute(uri: "", local: "xmlns", prefix: "", value: uri)] : []
            MarkupWriter.startTag(local, attributes: attributes + declared, base: base, into: &text)
        }
        stack.append(frame)
    }

    private func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// The finished document; incomplete entries (cut off by a truncated body) are dropped.
    func finish() -> ParsedFeed {
        var out = feed
        out.details.extensions["version"] = root?.version
        return out
    }
}
