#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts text in a legacy character set (ISO-8859-x, windows-125x, KOI8-R, UTF-16…) to UTF-8
/// with the C library's iconv, which knows every charset name gettext and XML files declare.
enum CharsetConverter {
    /// Why a conversion failed.
    enum Failure: Error, Equatable {
        /// iconv does not know the charset name.
        case unsupported
        /// The byte at this offset is not valid in the charset.
        case invalidInput(offset: Int)
    }

    /// The text as UTF-8 bytes.
    static func convert(_ bytes: [UInt8], from charset: String) -> Result<[UInt8], Failure> {
        let descriptor = iconv_open("UTF-8", charset)
        guard Int(bitPattern: descriptor) != -1 else { return .failure(.unsupported) }
        defer { iconv_close(descriptor) }
        var input = bytes
        // Two bytes of UTF-8 per input byte cover every single-byte charset; a bigger need grows it.
        var output = [UInt8](repeating: 0, count: Swift.max(16, bytes.count * 2))
        var produced = 0
        var consumed = 0
        while consumed < input.count {
            let result = input.withUnsafeMutableBytes { inputBuffer -> (status: Int, consumed: Int, produced: Int, error: Int32) in
                output.withUnsafeMutableBytes { outputBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress!.advanced(by: consumed).assumingMemoryBound(to: CChar.self)
                    var inLeft = inputBuffer.count - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress!.advanced(by: produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outputBuffer.count - produced
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let code = status == -1 ? errno : 0
                    return (status, inputBuffer.count - consumed - inLeft, outputBuffer.count - produced - outLeft, code)
                }
            }
            consumed += result.consumed
            produced += result.produced
            if result.status != -1 { break }
            if result.error == E2BIG {
                output.append(contentsOf: repeatElement(0, count: output.count))
                continue
            }
            return .failure(.invalidInput(offset: consumed))
        }
        output.removeSubrange(produced...)
        return .success(output)
    }
}
