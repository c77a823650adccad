import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes to UTF-8 with the C library's iconv; nil when the encoding is unknown or the
/// bytes are invalid in it.
enum Iconv {
    static func toUTF8(_ bytes: ArraySlice<UInt8>, from name: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", name)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
            output.withUnsafeMutableBufferPointer { outBuf -> Int? in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard r != -1 || inBuf.count == 0, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written = ok else { return nil }
        output.removeSubrange(written...)
        return output
    }

    /// True when iconv knows `name`.
    static func knows(_ name: String) -> Bool {
        let cd = iconv_open("UTF-8", name)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return false }
        iconv_close(cd)
        return true
    }
}
