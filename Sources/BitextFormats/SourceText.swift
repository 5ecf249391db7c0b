import BitextModel

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
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw FormatError.invalidUTF8(file: file, offset: offset, line: line)
        }
    }

    /// The text between two byte offsets (which must fall on character boundaries).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

}
