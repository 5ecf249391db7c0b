/// A place in an XML file where it is not well-formed (or uses a feature Bitext refuses), with
/// the message for the person who has to fix the file.
struct XMLSyntaxError: Error {
    var line: Int
    var column: Int
    var message: String

    /// The error as Bitext reports it, naming the file.
    func interchangeError(file: String) -> InterchangeError {
        InterchangeError(file: file, line: line, column: column, message: message)
    }
}
