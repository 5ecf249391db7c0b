import ArgumentParser
import BitextFormats
import BitextInterchange
import BitextModel
import BitextSegmentation
import BitextStore
import Foundation

/// `bitext align`: a translation file made from an article and an existing translation of it.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair an article with an existing translation, sentence by sentence, into an XLIFF file.",
        discussion: """
        The translation must be in the same format with the same blocks in the same order (the
        same headings, paragraphs, list items and table cells) and the same number of
        sentences in each block. Inline markup is matched by kind and order. The result is an
        XLIFF 2.1 file with every segment translated, ready for `bitext import`; a block that
        does not match is reported and nothing is written.
        """
    )

    @Argument(help: ArgumentHelp("The source article.", valueName: "source"))
    var source: String

    @Argument(help: ArgumentHelp("Its translation, in the same format.", valueName: "translation"))
    var translation: String

    @Option(help: ArgumentHelp("The translation's language (for example fa).", valueName: "lang"))
    var to: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the XLIFF file.", valueName: "path"))
    var output: String

    func run() throws {
        guard let target = LanguageTag(to) else { throw CommandError(message: "'\(to)' is not a language tag; use fa or en") }
        let sourceDocument = try InputOptions.parse([source]).loadDocument()
        let translated = try InputOptions.parse([translation, "--lang", target.value]).loadDocument()
        guard sourceDocument.format == translated.format else {
            throw CommandError(message: "\(translation): is \(translated.format.rawValue) but \(source) is \(sourceDocument.format.rawValue); align files of the same format")
        }
        guard sourceDocument.blocks.count == translated.blocks.count else {
            throw CommandError(message: "\(translation): has \(translated.blocks.count) blocks but \(source) has \(sourceDocument.blocks.count); the two must have the same headings, paragraphs and list items")
        }
        var translations: [SegmentKey: StoredTranslation] = [:]
        var problems: [String] = []
        for (index, (block, other)) in zip(sourceDocument.blocks, translated.blocks).enumerated() {
            let place = "block \(index + 1) (\(block.kind))"
            guard block.kind == other.kind else {
                problems.append("\(place): is a \(other.kind) in \(translation)")
                continue
            }
            guard block.segments.count == other.segments.count else {
                problems.append("\(place): has \(block.segments.count) sentences in \(source) but \(other.segments.count) in \(translation): \"\(block.plainText.prefix(60))…\"")
                continue
            }
            for (segment, counterpart) in zip(block.segments, other.segments) {
                guard let content = Self.mapCodes(counterpart.content, onto: segment.content) else {
                    problems.append("\(place): the markup of \"\(counterpart.plainText.prefix(40))…\" does not match its source sentence")
                    continue
                }
                let key = SegmentKey(documentID: sourceDocument.id, blockID: block.id, segmentID: segment.id)
                translations[key] = StoredTranslation(key: key, targetLanguage: target, content: content, state: .translated, origin: .import,
                                                      updatedAt: "")
            }
        }
        guard problems.isEmpty else {
            throw CommandError(message: problems.joined(separator: "\n") + "\nNothing was written.")
        }
        let file = InterchangeBuilder.file(for: sourceDocument, path: source, translations: translations,
                                           version: TranslationStore.version(of: sourceDocument), targetLanguage: target,
                                           includesMarkup: false)
        try AtomicFile.write(XLIFF2Format.write(file), to: output)
        print("\(output): \(translations.count) segments aligned")
    }

    /// The translation's content with each code replaced by the source code of the same role
    /// and kind, in order; nil when the two do not have the same codes.
    static func mapCodes(_ content: [Inline], onto source: [Inline]) -> [Inline]? {
        func signature(_ element: Inline) -> String? {
            switch element {
            case .text: return nil
            case .open(let code): return "open \(code.kind)"
            case .close(let code): return "close \(code.kind)"
            case .placeholder(let code): return "placeholder \(code.kind)"
            }
        }
        var available: [String: [Inline]] = [:]
        for element in source { if let key = signature(element) { available[key, default: []].append(element) } }
        var result: [Inline] = []
        for element in content {
            guard let key = signature(element) else {
                if case .text(let run) = element { result.append(.text(TextRun(run.text))) }
                continue
            }
            guard var queue = available[key], !queue.isEmpty else { return nil }
            result.append(queue.removeFirst())
            available[key] = queue
        }
        return available.values.allSatisfy(\.isEmpty) ? result : nil
    }
}
