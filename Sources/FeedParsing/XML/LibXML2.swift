internal import CLibXML2

/// One-time libxml2 initialisation. libxml2 2.9 wants `xmlInitParser()` before parsers run on
/// several threads; a static `let` runs it exactly once, thread-safely.
enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
