/// Turns the bytes of an XML file into a tree: byte order marks, the encoding the XML
/// declaration names (XML 1.0 §4.3.3, Appendix F), UTF-8 checks, then `XMLParser`.
enum XMLInput {
    /// The root element of the file, or an `InterchangeError` with the line and column of the
    /// first problem.
    static func parse(_ bytes: [UInt8], file: String, format: String) throws -> XMLElement {
        var content: [UInt8]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with a byte order mark (XML 1.0 §4.3.3 requires one); iconv's "UTF-16" reads it.
            content = try InputText.convertToUTF8(bytes, from: "UTF-16", file: file)
            if content.starts(with: InputText.byteOrderMark) { content.removeFirst(3) }
        } else {
            content = try InputText.content(bytes, file: file, format: format)
            if let charset = declaredEncoding(content), !InputText.isUTF8(charset), !isUTF16(charset) {
                content = try InputText.convertToUTF8(content, from: charset, file: file)
            }
        }
        guard content.contains(where: { !XMLSyntax.isWhitespace($0) }) else {
            throw InterchangeError(file: file, message: "the file is empty; expected \(format) content")
        }
        try InputText.validateUTF8(content, file: file)
        do {
            return try XMLParser.parse(content)
        } catch let error as XMLSyntaxError {
            throw InterchangeError(file: file, line: error.line, column: error.column, message: "not well-formed XML: \(error.message)")
        }
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
}
