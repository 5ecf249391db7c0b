import ArgumentParser
import BitextModel
import BitextSegmentation
import BitextText
import Foundation

/// `bitext normalize`: Persian text the way a careful editor writes it.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize Persian text: Persian letters and digits, ZWNJ, spacing and punctuation.",
        discussion: """
        Applies the rules in locales/fa/normalize.rules (each commented with its reason) and the
        word lists beside them. Lines are kept as they are. With --check, prints every change
        with its rule and line instead, and exits 1 if there is any.
        """
    )

    @Argument(help: ArgumentHelp("The text file, or - for standard input.", valueName: "file"))
    var file: String = "-"

    @Option(help: ArgumentHelp("The language (only fa has rules).", valueName: "lang"))
    var lang: String = "fa"

    @Flag(help: "Print the changes that would be made, with their rule names, and change nothing.")
    var check = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the result (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        guard LanguageTag(lang)?.language == "fa" else {
            throw CommandError(message: "no normalization rules for '\(lang)'; Bitext normalizes Persian (fa)")
        }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CommandError(message: "\(file): no such file; check the path")
            }
            data = contents
        }
        let bytes = Array(data)
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            throw CommandError(message: "\(file): invalid UTF-8 at byte offset \(offset); save the file as UTF-8")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let normalizer: PersianNormalizer
        do {
            normalizer = try PersianNormalizer(localesDirectory: LocaleData.shared.directory)
        } catch {
            throw CommandError(message: "\(error)")
        }
        if check {
            let changes = normalizer.changes(in: text)
            var report = ""
            for change in changes {
                let line = bytes[..<change.range.lowerBound].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                report += "\(file):\(line): \(change)\n"
            }
            report += "\(changes.count) change\(changes.count == 1 ? "" : "s")\n"
            FileHandle.standardOutput.write(Data(report.utf8))
            if !changes.isEmpty { throw ExitCode.failure }
            return
        }
        let result = Array(normalizer.normalize(text).utf8)
        if let output {
            try AtomicFile.write(result, to: output)
        } else {
            FileHandle.standardOutput.write(Data(result))
        }
    }
}
