/// A document Bitext cannot read, with a message for the person at the terminal: the file,
/// where in it, what is wrong and what to do.
public struct FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file (or `-` for standard input).
    public var file: String
    /// What is wrong and what to do.
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }

    static func invalidUTF8(file: String, offset: Int, line: Int) -> FormatError {
        FormatError(file: file, message: "invalid UTF-8 at byte offset \(offset) (line \(line)); "
            + "save the file as UTF-8 (for example with `iconv -f WINDOWS-1256 -t UTF-8`) and try again")
    }

    static func binary(file: String, offset: Int) -> FormatError {
        FormatError(file: file, message: "looks like a binary file (NUL byte at offset \(offset)); "
            + "Bitext reads plain text, Markdown and HTML articles")
    }
}
