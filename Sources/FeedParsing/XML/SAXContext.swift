internal import CLibXML2

/// Everything the C callbacks need, reached through `ctxt->_private`.
final class SAXContext {
    let events: any SAXEvents
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
    /// Interned element and attribute names: libxml2 hands out dictionary pointers, so equal
    /// names arrive as equal pointers.
    @exclusivity(unchecked) private var names: [UnsafeRawPointer: String] = [:]

    init(events: any SAXEvents) {
        self.events = events
    }

    func name(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        let key = UnsafeRawPointer(p)
        if let s = names[key] { return s }
        let s = String(cString: p)
        names[key] = s
        return s
    }

    private struct NameKey: Hashable {
        var uri: UnsafeRawPointer?
        var local: UnsafeRawPointer?
        var prefix: UnsafeRawPointer?
    }

    @exclusivity(unchecked) private var keys: [NameKey: String] = [:]

    /// The canonical element key for interned name pointers, computed once per distinct name.
    func key(uri: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> String {
        let k = NameKey(uri: uri.map(UnsafeRawPointer.init), local: local.map(UnsafeRawPointer.init), prefix: prefix.map(UnsafeRawPointer.init))
        if let s = keys[k] { return s }
        let pfx = Namespaces.prefix(for: name(uri), documentPrefix: name(prefix))
        let lower = name(local).lowercased()
        let s = pfx.isEmpty ? lower : pfx + ":" + lower
        keys[k] = s
        return s
    }

    /// The context behind a callback's `ctx` (a parser context whose `_private` holds it).
    static func from(_ ctx: UnsafeMutableRawPointer?) -> SAXContext? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let priv = ctxt.pointee._private else { return nil }
        return Unmanaged<SAXContext>.fromOpaque(priv).takeUnretainedValue()
    }
}
