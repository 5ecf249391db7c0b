/// The checks every reader makes on a file's bytes before parsing: not empty, a UTF-8 byte order
/// mark dropped, valid UTF-8 (or converted from the legacy charset the file declares).
enum InputText {
    /// The UTF-8 byte order mark, which Windows tools put at the start of text files.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes without a leading UTF-8 byte order mark; throws when nothing but whitespace is left.
    static func content(_ bytes: [UInt8], file: String, format: String) throws -> [UInt8] {
        let content = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        guard content.contains(where: { !XMLSyntax.isWhitespace($0) }) else {
            throw InterchangeError(file: file, message: "the file is empty; expected \(format) content (was it saved before it was written?)")
        }
        return content
    }

    /// Throws, naming the line, column and byte offset, if `bytes` are not valid UTF-8.
    static func validateUTF8(_ bytes: [UInt8], file: String, byteOffsetBase: Int = 0) throws {
        guard let offset = firstInvalidUTF8(bytes) else { return }
        let (line, column) = bytes.withUnsafeBufferPointer { buffer in
            var lines = LineCounter(input: buffer)
            return lines.location(of: offset)
        }
        throw InterchangeError(file: file, line: line, column: column, message:
            "the file is not valid UTF-8 (byte offset \(offset + byteOffsetBase)); save it as UTF-8 or declare its encoding")
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (Unicode §3.9, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: the common case in markup-heavy files.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= low && second <= high else { return index }
                for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 {
                    return index
                }
                index += length
            }
            return nil
        }
    }

    /// Whether a declared charset name means UTF-8 (`UTF-8`, `utf8`, any case).
    static func isUTF8(_ charset: String) -> Bool {
        let name = charset.lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// The bytes converted from a declared legacy charset to UTF-8, or an error naming the line
    /// of the first byte that is not valid in that charset.
    static func convertToUTF8(_ bytes: [UInt8], from charset: String, file: String) throws -> [UInt8] {
        switch CharsetConverter.convert(bytes, from: charset) {
        case .success(let converted):
            return converted
        case .failure(.unsupported):
            throw InterchangeError(file: file, message:
                "the file declares the character set \"\(charset)\", which this system cannot convert; convert the file to UTF-8 (iconv -f \(charset) -t UTF-8)")
        case .failure(.invalidInput(let offset)):
            let (line, column) = bytes.withUnsafeBufferPointer { buffer in
                var lines = LineCounter(input: buffer)
                return lines.location(of: offset)
            }
            throw InterchangeError(file: file, line: line, column: column, message:
                "byte offset \(offset) is not valid in the declared character set \(charset); fix the charset declaration or convert the file to UTF-8")
        }
    }
}
