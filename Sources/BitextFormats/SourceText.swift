/// The bytes of a source document, checked to be text Bitext can read: valid UTF-8, no NUL
/// bytes. A UTF-8 byte order mark is allowed and stays in the skeleton.
public struct SourceText: Sendable {
    /// All bytes of the document, BOM included.
    public let bytes: [UInt8]
    /// The length of the byte order mark (3) or 0.
    public let bomLength: Int

    /// Checks the bytes; `file` names the document in error messages.
    public init(bytes: [UInt8], file: String) throws {
        self.bytes = bytes
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let offset = bytes.firstIndex(of: 0) {
            throw FormatError.binary(file: file, offset: offset)
        }
        if let offset = SourceText.firstInvalidUTF8Offset(in: bytes) {
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw FormatError.invalidUTF8(file: file, offset: offset, line: line)
        }
    }

    /// The text between two byte offsets (which must fall on character boundaries).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629:
    /// no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            if bytes[index + 1] < lower || bytes[index + 1] > upper { return index }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
