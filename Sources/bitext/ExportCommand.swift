import ArgumentParser
import BitextFormats
import BitextModel
import BitextStore
import Foundation

/// `bitext export`: the translated article, in its own format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the translated article.",
        discussion: """
        Writes the article in its source format with every translated segment replaced and
        every other byte as it was. Untranslated segments keep their source text and are
        counted in a warning. An HTML article gets lang and dir on <html>.
        """
    )

    @Argument(help: ArgumentHelp("The article (as given to extract).", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The target language.", valueName: "lang"))
    var to: String

    @Option(name: .customLong("as"), help: ArgumentHelp("What to write: target (the translated article).", valueName: "kind"))
    var kind: String = "target"

    @Option(help: ArgumentHelp("The document id, if it was given to extract.", valueName: "id"))
    var id: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it (default: <name>.<lang>.<ext> in the current folder).", valueName: "path"))
    var output: String?

    func run() throws {
        guard let target = LanguageTag(to) else { throw CommandError(message: "'\(to)' is not a language tag; use fa or en") }
        guard kind == "target" else { throw CommandError(message: "unknown --as '\(kind)'; use target") }
        let store = try store.open()
        let stored = try StoredDocuments.find(id ?? DocumentReader.documentID(forFile: file), file: file, in: store)
        if let current = FileManager.default.contents(atPath: file), Array(current) != stored.skeleton {
            printError("warning: \(file) has changed since it was extracted; exporting the extracted version (run `bitext extract` again to pick up the changes)")
        }
        let document = StoredDocuments.document(stored, segments: try store.segments(of: stored.id))
        let translations = try store.translations(of: stored.id, targetLanguage: target)
        var untranslated = 0
        var bytes = DocumentWriter.write(document) { block, segment in
            let translation = translations[SegmentKey(documentID: stored.id, blockID: block.id, segmentID: segment.id)]
            if translation == nil { untranslated += 1 }
            return translation?.content
        }
        if document.format == .html {
            bytes = HTMLLanguage.setting(target, in: bytes)
        }
        let path = output ?? "\(stored.id).\(target.language).\(stored.format.rawValue)"
        try AtomicFile.write(bytes, to: path)
        let total = document.blocks.reduce(0) { $0 + $1.segments.count }
        if untranslated > 0 {
            printError("warning: \(untranslated) of \(total) segments are not translated into \(target.value) and keep their source text")
        }
        print("\(path): \(total - untranslated) of \(total) segments translated")
    }
}
