import Testing
@testable import WirewatchCLI
