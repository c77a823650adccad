import Foundation
internal import CLibXML2

/// Everything the C callbacks need, reached through `ctxt->_private`.
final class SAXContext {
    /// The receiver. Owned by whoever runs the parse (it outlives the parser); not retained
    /// here, so a callback touches no reference count to reach it (see `withEvents`).
    private let eventsRef: Unmanaged<FeedBuilder>
    let entities = EntityTable()
    /// The first error libxml2 reported.
    var firstError: String?
    @exclusivity(unchecked) var stopped = false
    /// Text bytes reported so far, and the most a document may produce: entity expansion cannot
    /// make a document's text much larger than the document itself.
    @exclusivity(unchecked) var delivered = 0
    var textLimit = Int.max
    /// The document's parser context. Entity text is parsed in short-lived inner contexts, so a
    /// stop must reach this one too.
    var parser: xmlParserCtxtPtr?

    /// Stops the document's parser and the inner one that called back, if different.
    func stop(_ ctx: UnsafeMutableRawPointer?) {
        stopped = true
        if let parser { xmlStopParser(parser) }
        if let ctx, UnsafeMutableRawPointer(parser) != ctx { xmlStopParser(ctx.assumingMemoryBound(to: xmlParserCtxt.self)) }
    }

    init(events: FeedBuilder) {
        eventsRef = .passUnretained(events)
    }

    /// Runs `body` with the receiver, without retaining it.
    @inline(__always)
    func withEvents<R>(_ body: (FeedBuilder) -> R) -> R {
        eventsRef._withUnsafeGuaranteedRef(body)
    }

    // MARK: Interned names
    //
    // libxml2 hands out names (local names, prefixes, namespace URIs) from the parser's
    // dictionary, which lives as long as the document and never changes a string: equal names
    // arrive as equal pointers. Two small open-addressed caches keyed by those pointers turn them
    // into Swift strings (and element keys) without hashing strings or allocating per element.
    // Entries are never evicted (two names sharing a slot would otherwise take turns missing); a
    // name whose few probe slots are all taken is simply computed each time.

    private struct NameSlot {
        var pointer: UnsafeRawPointer?
        var string = ""
    }

    /// An element's names and canonical key, for one (URI, local name, prefix) pointer triple.
    struct ElementSlot {
        var local: UnsafeRawPointer?
        var uri: UnsafeRawPointer?
        var prefix: UnsafeRawPointer?
        var localString = ""
        var uriString = ""
        /// "title", "dc:creator", "media:content" …
        var key = ""
        var name = ElementName.other
    }

    private static let slots = 256
    /// Slot → 1 + the entry's index (0: free). The tables are small and zeroed; the entries, a
    /// few dozen a document, are made only when a name is first seen, so a short document does not
    /// pay for 256 strings set up and torn down.
    @exclusivity(unchecked) private var nameIndex = [UInt16](repeating: 0, count: SAXContext.slots)
    @exclusivity(unchecked) private var names: [NameSlot] = []
    @exclusivity(unchecked) private var elementIndex = [UInt16](repeating: 0, count: SAXContext.slots)
    @exclusivity(unchecked) private var elements: [ElementSlot] = []

    @inline(__always)
    private static func slot(_ p: UnsafeRawPointer) -> Int {
        let v = UInt(bitPattern: p)
        return Int(truncatingIfNeeded: (v >> 3 ^ v >> 11) & UInt(slots - 1))
    }

    private static let probes = 8

    func name(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        let key = UnsafeRawPointer(p)
        var i = Self.slot(key)
        for _ in 0..<Self.probes {
            let taken = Int(nameIndex[i])
            if taken == 0 {
                let s = String(cString: p)
                names.append(NameSlot(pointer: key, string: s))
                nameIndex[i] = UInt16(names.count)
                return s
            }
            if names[taken - 1].pointer == key { return names[taken - 1].string }
            i = (i &+ 1) & (Self.slots &- 1)
        }
        return String(cString: p)
    }

    /// The element's names and canonical key, computed once per distinct name triple.
    func element(uri: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> ElementSlot {
        let l = local.map(UnsafeRawPointer.init), u = uri.map(UnsafeRawPointer.init), p = prefix.map(UnsafeRawPointer.init)
        var free: Int?
        if let l {
            var i = Self.slot(l)
            for _ in 0..<Self.probes {
                let taken = Int(elementIndex[i])
                if taken == 0 {
                    free = i
                    break
                }
                if elements[taken - 1].local == l, elements[taken - 1].uri == u, elements[taken - 1].prefix == p { return elements[taken - 1] }
                i = (i &+ 1) & (Self.slots &- 1)
            }
        }
        let uriString = name(uri), localString = name(local)
        let pfx = canonicalPrefix(uri: u, prefix: p, uriString: uriString)
        // Most names are lowercase ASCII already: no new string for those.
        let lower = localString.utf8.allSatisfy({ $0 < 0x80 && ($0 < 0x41 || $0 > 0x5A) }) ? localString : localString.lowercased()
        let key = pfx.isEmpty ? lower : pfx + ":" + lower
        let slot = ElementSlot(local: l, uri: u, prefix: p, localString: localString, uriString: uriString, key: key, name: ElementName.of(key))
        if let free {
            elements.append(slot)
            elementIndex[free] = UInt16(elements.count)
        }
        return slot
    }

    /// Canonical prefixes already worked out, by (URI, prefix) pointers: a document uses a few.
    @exclusivity(unchecked) private var prefixes: [(uri: UnsafeRawPointer?, prefix: UnsafeRawPointer?, canonical: String)] = []

    private func canonicalPrefix(uri: UnsafeRawPointer?, prefix: UnsafeRawPointer?, uriString: String) -> String {
        if uri == nil { return "" }
        for entry in prefixes where entry.uri == uri && entry.prefix == prefix { return entry.canonical }
        let canonical = Namespaces.prefix(for: uriString, documentPrefix: name(prefix?.assumingMemoryBound(to: xmlChar.self)))
        if prefixes.count < 16 { prefixes.append((uri, prefix, canonical)) }
        return canonical
    }

    /// Runs `body` with the context behind a callback's `ctx` (a parser context whose
    /// `_private` holds it), without retaining it: the parse holds it for its whole duration.
    @inline(__always)
    static func with(_ ctx: UnsafeMutableRawPointer?, _ body: (SAXContext) -> Void) {
        guard let ctx else { return }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let priv = ctxt.pointee._private else { return }
        Unmanaged<SAXContext>.fromOpaque(priv)._withUnsafeGuaranteedRef(body)
    }

    /// The context behind a callback's `ctx`, retained (for the rare callbacks).
    static func from(_ ctx: UnsafeMutableRawPointer?) -> SAXContext? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let priv = ctxt.pointee._private else { return nil }
        return Unmanaged<SAXContext>.fromOpaque(priv).takeUnretainedValue()
    }
}
