import BitextModel
/// Turns the bytes of an XML file into a tree: byte order marks, the encoding the XML
/// declaration names (XML 1.0 §4.3.3, Appendix F), UTF-8 checks, then `XMLParser`.
///
/// The byte-level steps are public on their own because readers of other text formats (PO, CSV)
/// make the same checks with the same messages.
public enum XMLInput {
    /// What the parser does with a document type declaration (`<!DOCTYPE …>`).
    public enum DocumentTypes: Sendable {
        /// Every declaration is refused: the format never has one (XLIFF).
        case refused
        /// A declaration that only names the root element and an external DTD (`<!DOCTYPE martif
        /// SYSTEM "TBXcoreStructV02.dtd">`, as TBX 2008 tools write) is skipped and the DTD is
        /// never read, so it defines nothing; one with an internal subset (`[…]`), where entities
        /// are declared, is refused.
        case skippedWithoutInternalSubset
    }

    /// The UTF-8 byte order mark, which Windows tools put at the start of text files.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The root element of the file; throws an `XMLInputError` with the line and column of the
    /// first problem.
    public static func parse(_ bytes: [UInt8], documentTypes: DocumentTypes = .refused) throws -> XMLElement {
        var content: [UInt8]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with a byte order mark (XML 1.0 §4.3.3 requires one); iconv's "UTF-16" reads it.
            content = try convertToUTF8(bytes, from: "UTF-16")
            if content.starts(with: byteOrderMark) { content.removeFirst(3) }
        } else {
            content = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
            if isBlank(content) { throw XMLInputError(kind: .empty, message: "the file is empty") }
            if let charset = declaredEncoding(content), !isUTF8(charset), !isUTF16(charset) {
                content = try convertToUTF8(content, from: charset)
            }
        }
        if isBlank(content) { throw XMLInputError(kind: .empty, message: "the file is empty") }
        try validateUTF8(content)
        do {
            return try XMLParser.parse(content, documentTypes: documentTypes)
        } catch let error as XMLSyntaxError {
            throw XMLInputError(kind: .notWellFormed, line: error.line, column: error.column, message: error.message)
        }
    }

    /// Throws, naming the line, column and byte offset, if `bytes` are not valid UTF-8.
    public static func validateUTF8(_ bytes: [UInt8]) throws {
        guard let offset = UTF8Validation.firstInvalidByte(in: bytes) else { return }
        let (line, column) = location(of: offset, in: bytes)
        throw XMLInputError(kind: .encoding, line: line, column: column, message:
            "the file is not valid UTF-8 (byte offset \(offset)); save it as UTF-8 or declare its encoding")
    }

    /// The bytes converted from a declared legacy charset (ISO-8859-x, windows-125x, KOI8-R,
    /// UTF-16…) to UTF-8, or an error naming the line of the first byte not valid in it.
    public static func convertToUTF8(_ bytes: [UInt8], from charset: String) throws -> [UInt8] {
        switch CharsetConverter.convert(bytes, from: charset) {
        case .success(let converted):
            return converted
        case .failure(.unsupported):
            throw XMLInputError(kind: .encoding, message:
                "the file declares the character set \"\(charset)\", which this system cannot convert; convert the file to UTF-8 (iconv -f \(charset) -t UTF-8)")
        case .failure(.invalidInput(let offset)):
            let (line, column) = location(of: offset, in: bytes)
            throw XMLInputError(kind: .encoding, line: line, column: column, message:
                "byte offset \(offset) is not valid in the declared character set \(charset); fix the charset declaration or convert the file to UTF-8")
        }
    }

    /// Whether a declared charset name means UTF-8 (`UTF-8`, `utf8`, any case).
    public static func isUTF8(_ charset: String) -> Bool {
        let name = charset.lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// The `encoding` of a leading XML declaration, if there is one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)),
              let end = bytes.prefix(1024).firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = Array(bytes[..<end])
        let key = Array("encoding".utf8)
        guard declaration.count > key.count,
              let keyStart = (0...(declaration.count - key.count)).first(where: { declaration[$0..<($0 + key.count)].elementsEqual(key) })
        else { return nil }
        let rest = declaration[(keyStart + key.count)...].drop { $0 == UInt8(ascii: "=") || XMLSyntax.isWhitespace($0) }
        guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let value = String(decoding: rest.dropFirst().prefix { $0 != quote }, as: UTF8.self)
        return value.isEmpty ? nil : value
    }

    /// A UTF-16 declaration on bytes without a byte order mark is a mislabelled ASCII-compatible
    /// file (real UTF-16 would not have let us read the declaration as bytes); read it as UTF-8.
    private static func isUTF16(_ charset: String) -> Bool {
        charset.lowercased().hasPrefix("utf-16")
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { !XMLSyntax.isWhitespace($0) }
    }

    private static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var lines = LineCounter(input: buffer)
            return lines.location(of: offset)
        }
    }

}

/// Why the bytes of a file are not a document Bitext can read, with where and what to do; readers
/// add the file name and word some kinds for their format.
public struct XMLInputError: Error, Equatable, Sendable {
    /// What went wrong, for readers that word a kind of problem their own way.
    public enum Kind: Equatable, Sendable {
        /// Nothing but whitespace (after a byte order mark).
        case empty
        /// A charset that cannot be converted, or bytes that are not valid in it or in UTF-8.
        case encoding
        /// Not well-formed XML 1.0 with namespaces, or a declaration Bitext refuses (a DTD).
        case notWellFormed
    }

    /// What went wrong.
    public var kind: Kind
    /// The 1-based line of the problem, when it has a place.
    public var line: Int?
    /// The 1-based column (in Unicode scalars) of the problem, when it has a place.
    public var column: Int?
    /// What is wrong and what to do, for the person who has to fix the file.
    public var message: String

    init(kind: Kind, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }
}
