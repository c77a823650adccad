/// An attribute as the builder sees it: namespace URI, local name, prefix and decoded value.
struct XMLAttribute {
    var uri: String
    var local: String
    var prefix: String
    var value: String
}

/// What the SAX layer reports to whoever builds the model.
protocol SAXEvents: AnyObject {
    /// Returns false to stop parsing (e.g. the root is not a feed).
    /// `key` is the element's canonical name ("title", "dc:creator", "media:content" …).
    func startElement(key: String, uri: String, local: String, attributes: [XMLAttribute], namespaces: [(prefix: String, uri: String)]) -> Bool
    func endElement()
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}
