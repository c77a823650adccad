import FlyingFox
import Foundation

/// A FlyingFox server on a loopback address and an ephemeral port, for one test.
struct LoopbackHTTP: Sendable {
    let server: HTTPServer
    let task: Task<Void, any Error>
    let host: String
    let port: UInt16

    static func start(
        host: String = "127.0.0.1", handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> LoopbackHTTP {
        let server = HTTPServer(address: try .inet(ip4: host, port: 0), logger: .disabled, handler: ClosureHTTPHandler(handler))
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        return LoopbackHTTP(server: server, task: task, host: host, port: port)
    }

    func url(_ path: String) -> String { "http://\(host):\(port)\(path)" }

    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}

extension HTTPResponse {
    /// A response with `status`, headers and a UTF-8 body.
    static func text(_ status: Int, _ body: String = "", headers: [String: String] = [:]) -> HTTPResponse {
        var fields = HTTPHeaders()
        for (name, value) in headers { fields.addValue(value, for: HTTPHeader(name)) }
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: phrase(status)), headers: fields, body: Data(body.utf8))
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found", 410: "Gone",
         429: "Too Many Requests", 503: "Service Unavailable"][status] ?? "Status"
    }
}

/// Counts requests and the most seen in flight at once.
actor ConcurrencyProbe {
    private(set) var inFlight = 0
    private(set) var maxInFlight = 0
    private(set) var arrivals: [Double] = []

    func enter() {
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        arrivals.append(ProcessInfo.processInfo.systemUptime)
    }

    func leave() { inFlight -= 1 }
}
