import Foundation

/// Where the TBX tests find the shipped glossary, the shared conformance files and interop-check
/// (`../shared` beside the repository; the shared files are used in place).
enum TBXTestFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shippedTSV = repository.appendingPathComponent("glossary/en-fa.tsv")
    static let shippedTBX = repository.appendingPathComponent("glossary/en-fa.tbx")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let conformance = shared.appendingPathComponent("conformance/tbx")
    static let interopCheck = shared.appendingPathComponent("tools/interop-check")

    static func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }

    /// Runs interop-check on a file: its exit status and its output line.
    static func interopCheck(_ file: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = interopCheck
        process.arguments = ["--", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
