internal import CLibXML2

/// Turns HTML (feed summaries and content) into clean text with paragraph breaks.
public enum HTMLText {
    /// Plain text of `html`: scripts, styles and comments dropped, entities decoded, block
    /// elements separated by "\n\n", `<br>` by "\n", other whitespace collapsed to single spaces.
    /// Text without `<` or `&` only has its whitespace normalised.
    public static func plainText(_ html: String) -> String {
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            let writer = TextWriter()
            writer.appendPlain(Array(html.utf8))
            return writer.result()
        }
        return parse(Array(html.utf8))
    }

    private static func parse(_ bytes: [UInt8]) -> String {
        LibXML2.ensureInitialized()
        let writer = TextWriter()
        var sax = HTMLSAX.handler()
        let unmanaged = Unmanaged.passRetained(writer)
        defer { unmanaged.release() }
        let ctxt: htmlParserCtxtPtr? = withUnsafeMutablePointer(to: &sax) {
            htmlCreatePushParserCtxt($0, unmanaged.toOpaque(), nil, 0, nil, XML_CHAR_ENCODING_UTF8)
        }
        guard let ctxt else { return "" }
        defer {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            ctxt.pointee.myDoc = nil
            htmlFreeParserCtxt(ctxt)
        }
        let opts = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
        htmlCtxtUseOptions(ctxt, Int32(opts))
        bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                _ = htmlParseChunk(ctxt, chars.baseAddress, Int32(chars.count), 0)
            }
        }
        htmlParseChunk(ctxt, nil, 0, 1)
        return writer.result()
    }
}
