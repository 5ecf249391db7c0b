import ArgumentParser
import BitextGlossary
import BitextInterchange

/// The glossary options shared by extract and import.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary (TSV; default: the shipped glossary/en-fa.tsv).", valueName: "path"))
    var path: String?

    @Flag(name: .customLong("no-glossary"), help: "Use no glossary.")
    var disabled = false

    func load() throws -> Glossary? {
        guard !disabled else { return nil }
        do {
            return try Glossary(tsvAt: path ?? Glossary.shippedPath)
        } catch {
            throw CommandError(message: "\(error)")
        }
    }

    /// The glossary terms in a source sentence, as hints for the translator.
    static func hints(for text: String, sourceIsPersian: Bool, in glossary: Glossary) -> [TermHint] {
        var seen = Set<Int>()
        return glossary.terms(in: text, isPersian: sourceIsPersian).compactMap { match in
            guard seen.insert(match.entry).inserted else { return nil }
            let entry = glossary.entries[match.entry]
            let found = String(decoding: Array(text.utf8)[match.range], as: UTF8.self)
            return TermHint(source: found, target: sourceIsPersian ? entry.english : entry.persian, note: entry.note.isEmpty ? nil : entry.note)
        }
    }
}
