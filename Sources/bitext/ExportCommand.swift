import ArgumentParser
import BitextAssembly
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

        --as bilingual-html writes one self-contained HTML page with the two languages side by
        side (stacked on narrow screens), --as bilingual-text numbered pairs of lines; both
        align by sentence or, with --align paragraph, by paragraph, and mark what is not yet
        translated.
        """
    )

    @Argument(help: ArgumentHelp("The article (as given to extract).", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The target language.", valueName: "lang"))
    var to: String

    @Option(name: .customLong("as"), help: ArgumentHelp("What to write: target (the translated article), bilingual-html or bilingual-text.", valueName: "kind"))
    var kind: String = "target"

    @Option(help: ArgumentHelp("For bilingual editions: sentence or paragraph.", valueName: "unit"))
    var align: String = "sentence"

    @Flag(help: "Write numbers in a Persian target with Persian digits (and ٫ ٬ ٪).")
    var localizeNumbers = false

    @Flag(help: "Render Gregorian dates in a Persian target in the Solar Hijri calendar (5 ژانویه 2022 → ۱۵ دی ۱۴۰۰); the bilingual HTML keeps the original in a title.")
    var persianDates = false

    @Option(help: ArgumentHelp("The document id, if it was given to extract.", valueName: "id"))
    var id: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it (default: <name>.<lang>.<ext> in the current folder).", valueName: "path"))
    var output: String?

    func run() throws {
        guard let target = LanguageTag(to) else { throw CommandError(message: "'\(to)' is not a language tag; use fa or en") }
        guard ["target", "bilingual-html", "bilingual-text"].contains(kind) else {
            throw CommandError(message: "unknown --as '\(kind)'; use target, bilingual-html or bilingual-text")
        }
        guard let alignment = BilingualEdition.Alignment(rawValue: align) else {
            throw CommandError(message: "unknown --align '\(align)'; use sentence or paragraph")
        }
        let store = try store.open()
        let stored = try StoredDocuments.find(id ?? DocumentReader.documentID(forFile: file), file: file, in: store)
        if let current = FileManager.default.contents(atPath: file), Array(current) != stored.skeleton {
            printError("warning: \(file) has changed since it was extracted; exporting the extracted version (run `bitext extract` again to pick up the changes)")
        }
        let document = StoredDocuments.document(stored, segments: try store.segments(of: stored.id))
        let translations = try store.translations(of: stored.id, targetLanguage: target)
        let isPersian = target.language == "fa"
        /// Opt-in localizations of the Persian text (dates first: they read the digits).
        func localized(_ text: String, datesAsText: Bool) -> String {
            guard isPersian else { return text }
            var result = text
            if persianDates && datesAsText { result = PersianLocalization.solarHijriDates(result) }
            if localizeNumbers { result = PersianLocalization.persianDigits(result) }
            return result
        }
        var untranslated = 0
        let total = document.blocks.reduce(0) { $0 + $1.segments.count }
        let bytes: [UInt8]
        let defaultPath: String
        if kind == "target" {
            var written = DocumentWriter.write(document) { block, segment in
                let translation = translations[SegmentKey(documentID: stored.id, blockID: block.id, segmentID: segment.id)]
                if translation == nil { untranslated += 1 }
                return translation?.content.map { element in
                    guard case .text(let run) = element else { return element }
                    return .text(TextRun(localized(run.text, datesAsText: true)))
                }
            }
            if document.format == .html { written = HTMLLanguage.setting(target, in: written) }
            bytes = written
            defaultPath = "\(stored.id).\(target.language).\(stored.format.rawValue)"
        } else {
            let edition = BilingualEdition(document: document, targetLanguage: target, alignment: alignment) { block, segment in
                let translation = translations[SegmentKey(documentID: stored.id, blockID: block.id, segmentID: segment.id)]
                if translation == nil { untranslated += 1 }
                return translation.map { localized($0.targetText, datesAsText: kind != "bilingual-html") }
            }
            let pair = "\(stored.sourceLanguage.language)-\(target.language)"
            if kind == "bilingual-html" {
                bytes = Array(BilingualHTML.render(edition, persianDates: persianDates).utf8)
                defaultPath = "\(stored.id).\(pair).html"
            } else {
                // The source's line ends, as its first line shows them.
                let usesCRLF = stored.skeleton.firstIndex(of: 0x0A).map { $0 > 0 && stored.skeleton[$0 - 1] == 0x0D } ?? false
                let lineEnd = usesCRLF ? "\r\n" : "\n"
                bytes = Array(BilingualText.render(edition, lineEnd: lineEnd).utf8)
                defaultPath = "\(stored.id).\(pair).txt"
            }
        }
        let path = output ?? defaultPath
        try AtomicFile.write(bytes, to: path)
        if untranslated > 0 {
            printError("warning: \(untranslated) of \(total) segments are not translated into \(target.value)"
                + (kind == "target" ? " and keep their source text" : " and are marked as such"))
        }
        print("\(path): \(total - untranslated) of \(total) segments translated")
    }
}
