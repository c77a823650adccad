/// An attribute as the builder sees it: namespace URI, local name, prefix and decoded value.
struct XMLAttribute {
    var uri: String
    var local: String
    var prefix: String
    var value: String
}
