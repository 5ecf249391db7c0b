/// A place in an XML file where it is not well-formed (or uses a feature Bitext refuses), with
/// the message for the person who has to fix the file.
struct XMLSyntaxError: Error {
    var line: Int
    var column: Int
    var message: String
}
