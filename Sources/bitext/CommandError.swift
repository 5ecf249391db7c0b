/// An error for the person at the terminal: the file, what is wrong, what to do.
/// ArgumentParser prints it as `Error: <message>` and exits with status 1.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
