import ArgumentParser
import BitextInterchange
import Foundation

/// `bitext validate`: the import's file checks, without importing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check translation files (XLIFF 2, XLIFF 1.2, PO, CSV) without importing them.",
        discussion: "Prints one line per file: OK with its units and segments, or the first error with its line. Exits 1 if any file is invalid."
    )

    @Argument(help: ArgumentHelp("The files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("FAIL \(file): no such file")
                failed = true
                continue
            }
            do {
                let (format, interchange) = try InterchangeReader.read(Array(data), file: file)
                let units = interchange.documents.reduce(0) { $0 + $1.units.count }
                let segments = interchange.documents.reduce(0) { $0 + $1.units.reduce(0) { $0 + $1.segments.count } }
                print("OK \(file): \(format.displayName), \(interchange.documents.count) document\(interchange.documents.count == 1 ? "" : "s"), "
                    + "\(units) units, \(segments) segments")
            } catch {
                print("FAIL \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}

extension InterchangeFormat {
    /// The format's name as translators know it.
    var displayName: String {
        switch self {
        case .xliff2: return "XLIFF 2"
        case .xliff12: return "XLIFF 1.2"
        case .po: return "PO"
        case .csv: return "CSV"
        }
    }
}
