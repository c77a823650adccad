internal import CLibXML2

/// Streams UTF-8 XML through libxml2's SAX2 push parser into a `FeedBuilder`.
///
/// Options: RECOVER (keep what can be kept), NONET, IGNORE_ENC (the bytes are already UTF-8),
/// NOCDATA is unnecessary (CDATA arrives through the same callback). Never NOENT, DTDLOAD or
/// HUGE: entities are not expanded from outside, and libxml2's amplification limits stay on.
struct XMLPushParser {
    static let options: Int32 = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
        | XML_PARSE_COMPACT.rawValue)
    /// At most this much per call (Int32 sizes); a feed body is one piece.
    static let chunkSize = 1 << 30

    /// Parses `utf8` without the bytes in `skipped` (the declared encoding); returns the first
    /// error libxml2 reported, if any, and whether the parse stopped before the end.
    static func parse(_ utf8: [UInt8], skipping skipped: Range<Int>? = nil, into events: FeedBuilder) -> (error: String?, stopped: Bool) {
        LibXML2.ensureInitialized()
        let context = SAXContext(events: events)
        context.textLimit = utf8.count * 4 + (1 << 20)
        // The context (and the entities it owns) outlives the parser context: released last.
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        var sax = handler()
        let ctxt: xmlParserCtxtPtr? = withUnsafeMutablePointer(to: &sax) { saxPtr in
            xmlCreatePushParserCtxt(saxPtr, nil, nil, 0, nil)
        }
        guard let ctxt else { return ("could not create the XML parser", true) }
        defer {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            ctxt.pointee.myDoc = nil
            context.parser = nil
            xmlFreeParserCtxt(ctxt)
        }
        xmlCtxtUseOptions(ctxt, options)
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        ctxt.pointee._private = unmanaged.toOpaque()
        context.parser = ctxt
        feed(utf8, skipping: skipped, to: ctxt, context: context)
        return (context.firstError, context.stopped)
    }

    private static func feed(_ utf8: [UInt8], skipping skipped: Range<Int>?, to ctxt: xmlParserCtxtPtr, context: SAXContext) {
        utf8.withUnsafeBufferPointer { buf in
            // The last piece goes in with `terminate` set: libxml2 then parses what it holds without
            // first looking ahead for the end of each tag, reference and text run (the look-ahead
            // a push parser needs while more input may come): 3% less CPU for the corpus of `make bench`.
            func push(_ range: Range<Int>, last: Bool) {
                var offset = range.lowerBound
                repeat {
                    guard !context.stopped else { return }
                    let n = min(chunkSize, range.upperBound - offset)
                    let final = last && offset + n == range.upperBound
                    let p = buf.baseAddress.map { UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
                    xmlParseChunk(ctxt, n > 0 ? p : nil, Int32(n), final ? 1 : 0)
                    offset += n
                } while offset < range.upperBound
            }
            if let skipped {
                push(0..<skipped.lowerBound, last: false)
                push(skipped.upperBound..<buf.count, last: true)
            } else {
                push(0..<buf.count, last: true)
            }
        }
    }

    private static func handler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        sax.startElementNs = SAXCallbacks.startElement
        sax.endElementNs = SAXCallbacks.endElement
        sax.startElement = nil
        sax.endElement = nil
        sax.characters = SAXCallbacks.characters
        sax.cdataBlock = SAXCallbacks.characters
        sax.ignorableWhitespace = SAXCallbacks.characters
        sax.reference = SAXCallbacks.reference
        sax.getEntity = SAXCallbacks.getEntity
        sax.comment = nil
        sax.processingInstruction = nil
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil
        sax.serror = SAXCallbacks.structuredError
        return sax
    }
}
