/// An OPML file that cannot be read.
struct OPMLError: Error, CustomStringConvertible {
    var message: String
    var description: String { "OPML: \(message)" }
}
