import BitextXML

/// The checks every reader makes on a file's bytes before parsing: not empty, a UTF-8 byte order
/// mark dropped, valid UTF-8 (or converted from the legacy charset the file declares), each
/// failure an `InterchangeError` naming the file.
enum InputText {
    /// The bytes without a leading UTF-8 byte order mark; throws when nothing but whitespace is left.
    static func content(_ bytes: [UInt8], file: String, format: String) throws -> [UInt8] {
        let content = bytes.starts(with: XMLInput.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        guard content.contains(where: { !XMLSyntax.isWhitespace($0) }) else {
            throw emptyFile(file: file, format: format)
        }
        return content
    }

    /// Throws, naming the line, column and byte offset, if `bytes` are not valid UTF-8.
    static func validateUTF8(_ bytes: [UInt8], file: String) throws {
        do {
            try XMLInput.validateUTF8(bytes)
        } catch let error as XMLInputError {
            throw InterchangeError(file: file, line: error.line, column: error.column, message: error.message)
        }
    }

    /// The bytes converted from a declared legacy charset to UTF-8, or an error naming the line
    /// of the first byte that is not valid in that charset.
    static func convertToUTF8(_ bytes: [UInt8], from charset: String, file: String) throws -> [UInt8] {
        do {
            return try XMLInput.convertToUTF8(bytes, from: charset)
        } catch let error as XMLInputError {
            throw InterchangeError(file: file, line: error.line, column: error.column, message: error.message)
        }
    }

    /// The error for a file with nothing but whitespace in it.
    static func emptyFile(file: String, format: String) -> InterchangeError {
        InterchangeError(file: file, message: "the file is empty; expected \(format) content (was it saved before it was written?)")
    }
}

extension XMLInput {
    /// The root element of an XLIFF file, or an `InterchangeError` with the line and column of
    /// the first problem; every document type declaration is refused.
    static func parse(_ bytes: [UInt8], file: String, format: String) throws -> XMLElement {
        do {
            return try parse(bytes)
        } catch let error as XMLInputError {
            switch error.kind {
            case .empty: throw InputText.emptyFile(file: file, format: format)
            case .encoding: throw InterchangeError(file: file, line: error.line, column: error.column, message: error.message)
            case .notWellFormed:
                throw InterchangeError(file: file, line: error.line, column: error.column, message: "not well-formed XML: \(error.message)")
            }
        }
    }
}
