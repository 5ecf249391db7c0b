import ArgumentParser
import BitextFormats
import BitextModel
import BitextSegmentation
import BitextText
import Foundation

/// The options every command that reads an article shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The article to read (.txt, .md, .html), or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .customLong("input-format"), help: ArgumentHelp("The article's format when its extension does not tell: txt, md or html.", valueName: "format"))
    var inputFormat: String?

    @Option(help: ArgumentHelp("The article's language (en or fa); by default, taken from its script.", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("The document id (by default, the file name without its extension).", valueName: "id"))
    var id: String?

    /// Reads, checks and segments the article.
    func loadDocument() throws -> Document {
        let format = try resolveFormat()
        let bytes = try readBytes()
        let documentID = id ?? (file == "-" ? "stdin" : DocumentReader.documentID(forFile: file))
        var document: Document
        do {
            document = try DocumentReader.read(bytes: bytes, format: format, id: documentID, file: file)
        } catch let error as FormatError {
            throw CommandError(message: error.description)
        }
        let language = try resolveLanguage(for: document)
        document.language = language
        let segmenter: Segmenter
        do {
            segmenter = try Segmenter(language: language)
        } catch {
            throw CommandError(message: "\(error)")
        }
        segmenter.segment(&document)
        return document
    }

    private func resolveFormat() throws -> DocumentFormat {
        if let inputFormat {
            guard let format = DocumentFormat(fileExtension: inputFormat) else {
                throw CommandError(message: "unknown input format '\(inputFormat)'; use txt, md or html")
            }
            return format
        }
        if file == "-" { return .plainText }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let fileExtension = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : ""
        guard let format = DocumentFormat(fileExtension: fileExtension) else {
            throw CommandError(message: "\(file): cannot tell the format from the extension '\(fileExtension)'; "
                + "Bitext reads .txt, .md and .html articles (use --input-format txt|md|html to say which this is)")
        }
        return format
    }

    private func readBytes() throws -> [UInt8] {
        if file == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CommandError(message: "\(file): no such file; check the path (relative paths start from \(FileManager.default.currentDirectoryPath))")
        }
        guard !isDirectory.boolValue else {
            throw CommandError(message: "\(file): is a directory; give the path of an article file")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError(message: "\(file): cannot be read; check its permissions")
        }
        return Array(data)
    }

    private func resolveLanguage(for document: Document) throws -> LanguageTag {
        if let lang {
            guard let tag = LanguageTag(lang) else {
                throw CommandError(message: "'\(lang)' is not a language tag; use en or fa")
            }
            return tag
        }
        let text = document.blocks.prefix(200).map(\.plainText).joined(separator: " ")
        return ScriptDetector.dominantScript(of: text) == .arabic ? .persian : .english
    }
}
