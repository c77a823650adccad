import FlyingFox
import Foundation

/// A real HTTP server on loopback serving scripted feed responses, for end-to-end tests.
/// Answers If-None-Match with 304 when the response's ETag matches, and counts hits per path.
public actor FeedServer {
    /// A scripted response.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]

        public init(status: Int = 200, headers: [String: String] = [:], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// An RSS/Atom document with a content type.
        public static func feed(_ xml: String, etag: String? = nil, contentType: String = "application/rss+xml; charset=utf-8") -> Response {
            var headers = ["Content-Type": contentType]
            if let etag { headers["ETag"] = etag }
            return Response(headers: headers, body: Array(xml.utf8))
        }
    }

    private let server: HTTPServer
    private var task: Task<Void, Error>?
    private var routes: [String: Response] = [:]
    private var hitCounts: [String: Int] = [:]
    private var delays: [String: Double] = [:]
    public private(set) var port: UInt16 = 0

    public init() throws {
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
    }

    /// Starts listening on 127.0.0.1 and an ephemeral port.
    public func start() async throws {
        await server.appendRoute("*") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.respond(to: request)
        }
        let server = self.server
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        if case .ip4(_, let port) = await server.listeningAddress { self.port = port }
    }

    public func stop() async {
        await server.stop(timeout: 1)
        task?.cancel()
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public func set(_ path: String, _ response: Response) { routes[path] = response }

    public func hits(_ path: String) -> Int { hitCounts[path, default: 0] }

    /// Makes responses on `path` wait this long before the status line is sent.
    public func setDelay(_ path: String, seconds: Double) { delays[path] = seconds }

    private func respond(to request: HTTPRequest) async -> HTTPResponse {
        hitCounts[request.path, default: 0] += 1
        if let delay = delays[request.path] { try? await Task.sleep(for: .seconds(delay)) }
        guard let scripted = routes[request.path] else { return HTTPResponse(statusCode: .notFound) }
        var headers = HTTPHeaders()
        for (name, value) in scripted.headers { headers[HTTPHeader(name)] = value }
        if let etag = scripted.headers["ETag"], request.headers[HTTPHeader("If-None-Match")] == etag {
            var notModified = HTTPHeaders()
            notModified[HTTPHeader("ETag")] = etag
            return HTTPResponse(statusCode: .notModified, headers: notModified)
        }
        let status = HTTPStatusCode(scripted.status, phrase: "Scripted")
        return HTTPResponse(statusCode: status, headers: headers, body: Data(scripted.body))
    }
}
