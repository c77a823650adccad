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
    func startElement(uri: String, local: String, prefix: String, attributes: [XMLAttribute], namespaces: [(prefix: String, uri: String)]) -> Bool
    func endElement()
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}
