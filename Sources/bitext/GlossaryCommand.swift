import ArgumentParser
import BitextFormats
import BitextGlossary
import BitextModel
import BitextSegmentation
import BitextStore
import Foundation

/// `bitext glossary`: the names-and-terms glossary.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Look up, grow and check the English–Persian glossary.",
        subcommands: [Lookup.self, Add.self, Import.self, Export.self, Check.self, CandidatesCommand.self]
    )

    /// The glossary file commands that change it write to.
    static func path(_ options: GlossaryOptions) -> String {
        options.path ?? Glossary.shippedPath
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the entries for a term, in English or Persian.")

        @Argument(help: "The term (or its first words).")
        var term: String

        @OptionGroup var glossary: GlossaryOptions

        func run() throws {
            guard let loaded = try glossary.load() else { return }
            let entries = loaded.lookup(term)
            guard !entries.isEmpty else {
                throw CommandError(message: "'\(term)' is not in the glossary; add it with `bitext glossary add`")
            }
            for entry in entries {
                print("\(entry.english) → \(entry.persian)   [\(entry.id), \(entry.category)]")
                if !entry.englishVariants.isEmpty { print("  also: \(entry.englishVariants.joined(separator: ", "))") }
                if !entry.persianAllowed.isEmpty { print("  allowed: \(entry.persianAllowed.joined(separator: "، "))") }
                if !entry.persianForbidden.isEmpty { print("  forbidden: \(entry.persianForbidden.joined(separator: "، "))") }
                if !entry.note.isEmpty { print("  note: \(entry.note)") }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an entry to the glossary file.")

        @Argument(help: "The English term.")
        var english: String

        @Argument(help: "The preferred Persian rendering.")
        var persian: String

        @Option(help: "Another acceptable Persian rendering (repeatable).")
        var allowed: [String] = []

        @Option(help: "A wrong Persian rendering to flag (repeatable).")
        var forbidden: [String] = []

        @Option(help: "Another English form (repeatable).")
        var variant: [String] = []

        @Option(help: "What the entry is (person, city, news-term…).")
        var category: String = "news-term"

        @Flag(help: "Match the English with its letter case (names, acronyms).")
        var caseSensitive = false

        @Option(help: "A note for translators.")
        var note: String = ""

        @OptionGroup var glossary: GlossaryOptions

        func run() throws {
            let file = GlossaryCommand.path(glossary)
            guard !file.lowercased().hasSuffix(".tbx") else {
                throw CommandError(message: "\(file): add writes the TSV glossary; give a .tsv file with --glossary")
            }
            let existing = try Glossary(tsvAt: file)
            let entry = GlossaryEntry(id: Self.slug(category, english), english: english, englishVariants: variant, persian: persian,
                                      persianAllowed: allowed, persianForbidden: forbidden, partOfSpeech: caseSensitive ? "proper-noun" : "noun",
                                      category: category, isCaseSensitive: caseSensitive, note: note)
            let merged = try GlossaryMerge.merge(existing.entries, adding: [entry], from: "the command line")
            try AtomicFile.write(Array(GlossaryTSV.write(merged).utf8), to: file)
            print("\(file): added \(entry.english) → \(entry.persian) (\(entry.id))")
        }

        static func slug(_ category: String, _ english: String) -> String {
            let words = english.lowercased().unicodeScalars.split { !($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) }
            return ([category] + words.map { String(String.UnicodeScalarView($0)) }).joined(separator: "-")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a TBX, TSV or CSV glossary into the glossary file, all or nothing.",
            discussion: "An entry whose English term is already in the glossary with another preferred Persian rendering is an error, and nothing is merged."
        )

        @Argument(help: "The glossary to merge.")
        var file: String

        @OptionGroup var glossary: GlossaryOptions

        func run() throws {
            let target = GlossaryCommand.path(glossary)
            guard !target.lowercased().hasSuffix(".tbx") else {
                throw CommandError(message: "\(target): import merges into the TSV glossary; give a .tsv file with --glossary")
            }
            let existing = try Glossary(tsvAt: target)
            do {
                let incoming = try Glossary.entries(at: file)
                let merged = try GlossaryMerge.merge(existing.entries, adding: incoming, from: file)
                try AtomicFile.write(Array(GlossaryTSV.write(merged).utf8), to: target)
                print("\(target): \(merged.count - existing.entries.count) entries added from \(file)")
            } catch let error as GlossaryError {
                throw CommandError(message: "\(error)\nNothing was merged.")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the glossary as TBX (TBX-Basic) or TSV.")

        @Option(help: "The format: tbx or tsv.")
        var format: String = "tsv"

        @Option(name: .shortAndLong, help: "Where to write it (default: standard output).")
        var output: String?

        @OptionGroup var glossary: GlossaryOptions

        func run() throws {
            guard format == "tsv" || format == "tbx" else { throw CommandError(message: "unknown glossary format '\(format)'; use tbx or tsv") }
            guard let loaded = try glossary.load() else { return }
            let bytes = format == "tbx" ? GlossaryTBX.write(loaded.entries) : Array(GlossaryTSV.write(loaded.entries).utf8)
            if let output {
                try AtomicFile.write(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every glossary term translated in more than one way across the store.",
            discussion: "Lists each such term with the Persian forms used (or that none of its forms was) and the units where each occurs. Exits 1 when there are inconsistencies."
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var glossary: GlossaryOptions

        @Option(help: "The target language.")
        var to: String = "fa"

        func run() throws {
            guard let loaded = try glossary.load(), let language = LanguageTag(to) else { return }
            let pairs = try store.open().translatedSegments(targetLanguage: language).map { ("\($0.key)", $0.source, $0.target) }
            let findings = Consistency.findings(pairs, glossary: loaded)
            for finding in findings {
                print("\(finding.entry.english) (glossary: «\(finding.entry.persian)»), rendered \(finding.renderings.count) ways:")
                for rendering in finding.renderings {
                    let units = rendering.units.prefix(5).joined(separator: ", ") + (rendering.units.count > 5 ? ", … (\(rendering.units.count) in all)" : "")
                    print("  \(rendering.form.map { "«\($0)»" } ?? "no glossary form"): \(units)")
                }
            }
            print("\(pairs.count) translated segments checked; \(findings.count) term\(findings.count == 1 ? "" : "s") rendered in more than one way")
            if !findings.isEmpty { throw ExitCode.failure }
        }
    }

    struct CandidatesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "candidates",
            abstract: "List frequent names and acronyms in articles that the glossary lacks."
        )

        @Argument(help: "English articles (.txt, .md, .html).")
        var files: [String]

        @Option(help: "How many to list.")
        var limit: Int = 40

        @Option(help: "The fewest occurrences a candidate needs.")
        var minimum: Int = 2

        @OptionGroup var glossary: GlossaryOptions

        func run() throws {
            guard let loaded = try glossary.load() else { return }
            var texts: [String] = []
            for file in files {
                texts += try InputOptions.parse([file, "--lang", "en"]).loadDocument().segments.map(\.segment.plainText)
            }
            let starters = (try? LocaleData.shared.segmentationData(for: .english).sentenceStarters) ?? []
            for candidate in Candidates.find(in: texts, glossary: loaded, ignoring: starters, minimumCount: minimum).prefix(limit) {
                print("\(candidate.count)\t\(candidate.term)")
            }
        }
    }
}

/// Merging glossaries without silently changing a term's rendering.
enum GlossaryMerge {
    static func merge(_ existing: [GlossaryEntry], adding incoming: [GlossaryEntry], from source: String) throws -> [GlossaryEntry] {
        var byEnglish: [String: GlossaryEntry] = [:]
        for entry in existing { byEnglish[entry.english.lowercased()] = entry }
        var result = existing
        var ids = Set(existing.map(\.id))
        var conflicts: [String] = []
        for var entry in incoming {
            if let known = byEnglish[entry.english.lowercased()] {
                if known.persian != entry.persian {
                    conflicts.append("\"\(entry.english)\" is «\(known.persian)» in the glossary but «\(entry.persian)» in \(source)")
                }
                continue
            }
            var id = entry.id
            var suffix = 2
            while ids.contains(id) {
                id = "\(entry.id)-\(suffix)"
                suffix += 1
            }
            entry.id = id
            ids.insert(id)
            byEnglish[entry.english.lowercased()] = entry
            result.append(entry)
        }
        guard conflicts.isEmpty else {
            throw GlossaryError(file: source, message: "conflicting entries; settle them first:\n  " + conflicts.joined(separator: "\n  "))
        }
        return result
    }

}
