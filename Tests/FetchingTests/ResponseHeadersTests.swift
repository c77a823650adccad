@testable import Fetching
import Testing

@Suite struct ResponseHeadersTests {
    @Test func readsStatusFieldsAndKeepsInnerSpacing() {
        var headers = ResponseHeaders()
        #expect(headers.consume("HTTP/1.1 404 Not Found\r\n") == .status(404))
        #expect(headers.consume("ETag:   W/\"a  b\"  \r\n") == .field)
        #expect(headers.consume("Cache-Control: public\r\n") == .field)
        #expect(headers.consume("cache-control: max-age=5\r\n") == .field)
        #expect(headers.consume("X-Folded: one\r\n") == .field)
        #expect(headers.consume("\t two\r\n") == .field)
        #expect(headers.consume("\r\n") == .end)
        #expect(headers.reason == "Not Found")
        #expect(headers["etag"] == "W/\"a  b\"")
        #expect(headers["Cache-Control"] == "public, max-age=5")
        #expect(headers["x-folded"] == "one two")
    }

    @Test func aNewStatusLineStartsAFreshResponse() {
        var headers = ResponseHeaders()
        _ = headers.consume("HTTP/1.1 301 Moved Permanently\r\n")
        _ = headers.consume("Location: /next\r\n")
        #expect(headers.consume("HTTP/2 200\r\n") == .status(200))
        #expect(headers["Location"] == nil)
        #expect(headers.reason == "")
    }
}
