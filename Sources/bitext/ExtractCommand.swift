import ArgumentParser
import BitextFormats
import BitextGlossary
import BitextInterchange
import BitextModel
import BitextStore
import Foundation

/// `bitext extract`: an article out to translators, in the format their tool reads.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write an article's sentences to a file for translators.",
        discussion: """
        Reads the article, stores its segments, and writes them with any translations the store
        already has (from an earlier import, or an identical sentence translated before). The
        default output is <name>.<source>-<target>.xlf in the current folder.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The target language (for example fa).", valueName: "lang"))
    var to: String

    @Option(help: ArgumentHelp("The file format: xliff (XLIFF 2.1, default), xliff12, po or csv.", valueName: "format"))
    var format: String = "xliff"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the file.", valueName: "path"))
    var output: String?

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        guard let target = LanguageTag(to) else { throw CommandError(message: "'\(to)' is not a language tag; use fa or en") }
        guard let interchangeFormat = InterchangeFormat(rawValue: format) else {
            throw CommandError(message: "unknown format '\(format)'; use xliff, xliff12, po or csv")
        }
        let document = try input.loadDocument()
        let source = document.language ?? .english
        if source.language == target.language {
            throw CommandError(message: "\(input.file): the article is in '\(source.value)' and so is --to; give the language to translate into")
        }
        let store = try store.open()
        let summary = try store.saveExtraction(of: document, path: input.file, targetLanguage: target)
        let translations = try store.translations(of: document.id, targetLanguage: target)
        let file = InterchangeBuilder.file(for: document, path: input.file, translations: translations, version: TranslationStore.version(of: document),
                                           targetLanguage: target, glossary: try glossary.load(),
                                           includesMarkup: interchangeFormat == .po || interchangeFormat == .csv)
        let bytes: [UInt8]
        switch interchangeFormat {
        case .xliff2: bytes = XLIFF2Format.write(file)
        case .xliff12: bytes = XLIFF12Format.write(file)
        case .po: bytes = POFormat.write(file)
        case .csv: bytes = CSVFormat.write(file)
        }
        let path = output ?? "\(document.id).\(source.language)-\(target.language).\(interchangeFormat.fileExtension)"
        try AtomicFile.write(bytes, to: path)
        print("\(path): \(summary.segments) segments (\(summary.new) new, \(summary.kept) already translated, \(summary.fromMemory) from translation memory)")
    }
}

/// Builds the interchange file for a document and its stored translations.
enum InterchangeBuilder {
    static func file(for document: Document, path: String, translations: [SegmentKey: StoredTranslation], version: String,
                     targetLanguage: LanguageTag, glossary: Glossary? = nil, includesMarkup: Bool = true) -> InterchangeFile {
        let sourceIsPersian = document.language?.language == "fa"
        let units = document.blocks.enumerated().map { position, block in
            InterchangeUnit(id: block.id, kind: block.kind.description, notes: [context(block, position: position, path: path)],
                            segments: block.segments.map { segment in
                let translation = translations[SegmentKey(documentID: document.id, blockID: block.id, segmentID: segment.id)]
                return InterchangeSegment(
                    id: segment.id, source: segment.content, target: translation?.content,
                    state: translation.map { $0.state } ?? .new,
                    terms: glossary.map { GlossaryOptions.hints(for: segment.plainText, sourceIsPersian: sourceIsPersian, in: $0) } ?? [],
                    // PO and CSV show the article's own markup; XLIFF has codes instead.
                    rawSource: includesMarkup ? DocumentWriter.markup(segment.content, of: segment, in: block, document: document) : nil,
                    rawTarget: includesMarkup ? translation.map { DocumentWriter.markup($0.content, of: segment, in: block, document: document) } : nil)
            })
        }
        let interchangeDocument = InterchangeDocument(id: document.id, original: path, version: version, sourceFormat: document.format.rawValue,
                                                      units: units)
        return InterchangeFile(sourceLanguage: document.language ?? .english, targetLanguage: targetLanguage, documents: [interchangeDocument])
    }

    /// A note that tells the translator where the unit sits.
    private static func context(_ block: Block, position: Int, path: String) -> String {
        let what: String
        switch block.kind.name {
        case "heading": what = "Heading (level \(block.kind.level ?? 1))"
        case "paragraph": what = "Paragraph"
        case "list-item": what = "List item"
        case "quote": what = "Block quote"
        case "table-cell": what = "Table cell"
        case "table-header": what = "Table header cell"
        case "title": what = "Page title (shown in the browser tab and search results)"
        case "caption": what = "Caption"
        case "term": what = "Definition term"
        case "definition": what = "Definition"
        case "attribute":
            switch block.kind.attribute {
            case "alt": what = "Image description (alt text, read aloud by screen readers)"
            case "title": what = "Tooltip (title attribute)"
            case "aria-label": what = "Label read by screen readers (aria-label)"
            case "placeholder": what = "Placeholder text in a form field"
            default: what = "Attribute \(block.kind.attribute ?? "")"
            }
        case "meta": what = "Page description for search engines and social media (\(block.kind.attribute ?? "meta"))"
        default: what = "Text"
        }
        return "\(what), block \(position + 1) of \(path)"
    }
}
