internal import CLibXML2

/// SAX callbacks of the HTML parser; the user data is the `TextWriter`.
enum HTMLSAX {
    static func handler() -> htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = startElement
        sax.endElement = endElement
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        sax.serror = { _, _ in }
        return sax
    }

    static func writer(_ ctx: UnsafeMutableRawPointer?) -> TextWriter? {
        ctx.map { Unmanaged<TextWriter>.fromOpaque($0).takeUnretainedValue() }
    }

    static let startElement: startElementSAXFunc = { ctx, name, _ in
        guard let w = writer(ctx), let name else { return }
        w.start(String(cString: name))
    }

    static let endElement: endElementSAXFunc = { ctx, name in
        guard let w = writer(ctx), let name else { return }
        w.end(String(cString: name))
    }

    static let characters: charactersSAXFunc = { ctx, ch, len in
        guard let w = writer(ctx), let ch, len > 0 else { return }
        w.text(UnsafeBufferPointer(start: ch, count: Int(len)))
    }
}
