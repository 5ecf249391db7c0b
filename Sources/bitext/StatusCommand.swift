import ArgumentParser
import BitextModel
import BitextStore
import Foundation

/// `bitext status`: how far each document's translation has come.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show translation progress per document and in total."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this target language.", valueName: "lang"))
    var to: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let language = try to.map { value -> LanguageTag in
            guard let tag = LanguageTag(value) else { throw CommandError(message: "'\(value)' is not a language tag; use fa or en") }
            return tag
        }
        let rows = try store.open().status(targetLanguage: language)
        var total = TranslationStore.DocumentStatus(documentID: "total", targetLanguage: language ?? .persian)
        for row in rows {
            total.segments += row.segments
            total.words += row.words
            total.translated += row.translated
            total.translatedWords += row.translatedWords
            total.needsReview += row.needsReview
            total.untranslated += row.untranslated
            total.final += row.final
        }
        if json {
            let entry = { (row: TranslationStore.DocumentStatus, language: String?) -> [String: Any] in
                var result: [String: Any] = [
                    "document": row.documentID, "segments": row.segments, "words": row.words, "translated": row.translated,
                    "final": row.final, "needsReview": row.needsReview, "untranslated": row.untranslated,
                    "percent": (row.percent * 10).rounded() / 10,
                ]
                if let language { result["targetLanguage"] = language }
                return result
            }
            let object: [String: Any] = ["documents": rows.map { entry($0, $0.targetLanguage.value) }, "total": entry(total, nil)]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        if rows.isEmpty {
            print("No documents in the store yet; run `bitext extract ARTICLE --to LANG` to start.")
            return
        }
        let header = ["document", "to", "segments", "words", "translated", "review", "untranslated", "done"]
        var table = [header]
        for row in rows + (rows.count > 1 ? [total] : []) {
            table.append([row.documentID, row.documentID == "total" ? "" : row.targetLanguage.value, "\(row.segments)", "\(row.words)",
                          "\(row.translated)", "\(row.needsReview)", "\(row.untranslated)", String(format: "%.1f%%", row.percent)])
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        for line in table {
            print(line.enumerated().map { column, cell in
                column == 0 || column == 1 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  "))
        }
    }
}
