import ArgumentParser
import BitextFormats
import BitextGlossary
import BitextSegmentation
import BitextText
import BitextInterchange
import BitextModel
import BitextStore
import Foundation

/// `bitext import`: translations back from translators, checked, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store the translations in XLIFF, PO or CSV files.",
        discussion: """
        Every file is checked first: well-formed, made for a document in the store, known unit
        ids, the right target language, inline codes all present, none invented, none
        duplicated, pairs nested. If anything is wrong, nothing is stored and every problem is
        listed with its file, line and unit; with --partial the valid segments are stored and
        the rest listed (the exit status is still 1). Importing the same file twice changes
        nothing the second time.
        """
    )

    @Argument(help: ArgumentHelp("The translated files.", valueName: "file"))
    var files: [String]

    @OptionGroup var store: StoreOptions

    static let warningLimit = 100

    @Flag(help: "Store the segments that pass the checks even if others fail.")
    var partial = false

    @Option(help: ArgumentHelp("The target language the files must have (by default, the one they declare).", valueName: "lang"))
    var to: String?

    @Flag(help: "Treat glossary findings (a term not rendered as the glossary says, a forbidden rendering) as errors, not warnings.")
    var strict = false

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Apply the Persian normalization rules to Persian targets before storing them (see `bitext normalize`); without it, what they would change is reported.")
    var normalize = false

    func run() throws {
        let expected = try to.map { value -> LanguageTag in
            guard let tag = LanguageTag(value) else { throw CommandError(message: "'\(value)' is not a language tag; use fa or en") }
            return tag
        }
        let store = try store.open()
        let glossary = try self.glossary.load()
        var plans: [ImportPlan] = []
        for file in files {
            plans.append(try ImportPlan.make(file: file, store: store, expectedLanguage: expected, glossary: glossary, strict: strict,
                                             normalizer: try persianNormalizer(), normalizes: normalize))
        }
        let problems = plans.flatMap(\.problems)
        // Warnings are advice: the first hundred of each file, then a count, in one write.
        var report = ""
        for plan in plans {
            for warning in plan.warnings.prefix(Self.warningLimit) { report += "warning: \(warning)\n" }
            if plan.warnings.count > Self.warningLimit {
                report += "warning: \(plan.file): \(plan.warnings.count - Self.warningLimit) more warnings not shown (\(plan.warnings.count) in all)\n"
            }
        }
        for problem in problems { report += "error: \(problem)\n" }
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        if !problems.isEmpty && !partial {
            throw CommandError(message: "\(problems.count) problem\(problems.count == 1 ? "" : "s") found; nothing was imported. "
                + "Fix the file\(files.count == 1 ? "" : "s") and import again, or use --partial to store the segments that pass")
        }
        for plan in plans {
            let summary = try store.importTranslations(plan.updates, targetLanguage: plan.targetLanguage)
            print("\(plan.file): \(plan.updates.count) translated segments (\(summary.added) added, \(summary.changed) changed, "
                + "\(summary.unchanged) unchanged), \(plan.untranslated) untranslated"
                + (plan.rejected > 0 ? ", \(plan.rejected) rejected" : ""))
        }
        if !problems.isEmpty { throw ExitCode.failure }
    }

    private func persianNormalizer() throws -> PersianNormalizer? {
        do {
            return try PersianNormalizer(localesDirectory: LocaleData.shared.directory)
        } catch {
            throw CommandError(message: "\(error)")
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// One file checked against the store: the translations it would store and what is wrong.
struct ImportPlan {
    var file: String
    var targetLanguage: LanguageTag
    var updates: [TranslationStore.TranslationUpdate] = []
    var problems: [String] = []
    var warnings: [String] = []
    var untranslated = 0
    var rejected = 0
    var glossary: Glossary?
    var strict = false
    /// Persian normalization: reported per segment, or applied with `normalizes`.
    var normalizer: PersianNormalizer?
    var normalizes = false

    static func make(file: String, store: TranslationStore, expectedLanguage: LanguageTag?, glossary: Glossary? = nil,
                     strict: Bool = false, normalizer: PersianNormalizer? = nil, normalizes: Bool = false) throws -> ImportPlan {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError(message: "\(file): no such file; check the path")
        }
        let interchange: InterchangeFile
        do {
            interchange = try InterchangeReader.read(Array(data), file: file).1
        } catch let error as InterchangeError {
            throw CommandError(message: "\(error)\nNothing was imported.")
        }
        guard let target = interchange.targetLanguage ?? expectedLanguage else {
            throw CommandError(message: "\(file): the file does not say which language it is translated into; give --to LANG")
        }
        var plan = ImportPlan(file: file, targetLanguage: target)
        // The glossary is English–Persian: it checks translations from English into Persian.
        plan.glossary = target.language == "fa" && interchange.sourceLanguage.language == "en" ? glossary : nil
        plan.strict = strict
        plan.normalizer = target.language == "fa" ? normalizer : nil
        plan.normalizes = normalizes
        if let expectedLanguage, expectedLanguage.language != target.language {
            plan.problems.append("\(file): the file is translated into '\(target.value)', not '\(expectedLanguage.value)'; import the right file or change --to")
            return plan
        }
        var seen = Set<SegmentKey>()
        for document in interchange.documents {
            guard let stored = try store.document(id: document.id) else {
                plan.problems.append("\(file): made for document '\(document.id)', which is not in the store \(store.path); run `bitext extract` on that article first")
                continue
            }
            if interchange.sourceLanguage.language != stored.sourceLanguage.language {
                plan.problems.append("\(file): the source language is '\(interchange.sourceLanguage.value)' but document '\(document.id)' is in '\(stored.sourceLanguage.value)'")
                continue
            }
            let segments = Dictionary(try store.segments(of: document.id).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            var unknown: [String] = []
            for unit in document.units {
                for segment in unit.segments {
                    let key = SegmentKey(documentID: document.id, blockID: unit.id, segmentID: segment.id)
                    let place = "\(file)\(segment.line.map { ":\($0)" } ?? "") (unit \(unit.id)/\(segment.id))"
                    guard seen.insert(key).inserted else {
                        plan.problems.append("\(place): the segment appears twice; keep one")
                        plan.rejected += 1
                        continue
                    }
                    guard let source = segments[key] else {
                        unknown.append("\(unit.id)/\(segment.id)\(segment.line.map { " (line \($0))" } ?? "")")
                        plan.rejected += 1
                        continue
                    }
                    switch plan.check(segment, source: source, format: stored.format, place: place) {
                    case .translated(let content, let state):
                        plan.updates.append(.init(key: key, content: content, state: state))
                    case .untranslated:
                        plan.untranslated += 1
                    case .rejected:
                        plan.rejected += 1
                    }
                }
            }
            if !unknown.isEmpty {
                let versionNote = document.version.map { $0 != stored.version ? " The file was made for another version of the article (\($0), the store has \(stored.version)); extract it again and carry the translations over." : "" } ?? ""
                plan.problems.append("\(file): \(unknown.count) segment\(unknown.count == 1 ? " is" : "s are") not in document '\(document.id)': "
                    + unknown.prefix(20).joined(separator: ", ") + (unknown.count > 20 ? ", …" : "") + "." + versionNote)
            }
        }
        return plan
    }

    enum Verdict {
        case translated([Inline], TranslationState)
        case untranslated
        case rejected
    }

    /// Checks one segment's target against its stored source.
    mutating func check(_ segment: InterchangeSegment, source: StoredSegment, format: DocumentFormat, place: String) -> Verdict {
        var content: [Inline]
        if let raw = segment.rawTarget {
            if raw.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .untranslated }
            do {
                content = try MarkupDecoder.decode(raw, format: format, source: source.content)
            } catch let error as MarkupDecoder.UnknownMarkup {
                problems.append("\(place): the markup \(error.markup) is not in the source; only the source's markup may appear")
                return .rejected
            } catch {
                problems.append("\(place): \(error)")
                return .rejected
            }
        } else if let target = segment.target {
            content = target
        } else {
            return .untranslated
        }
        if TargetChecks.isEmpty(content) { return .untranslated }
        // Codes in the file carry only ids; the store's source gives their markup.
        content = content.map { element in
            guard let code = element.code, let match = TargetChecks.sourceCode(for: element, in: source.content) else { return element }
            var resolved = match
            resolved.id = code.id
            switch element {
            case .open: return .open(resolved)
            case .close: return .close(resolved)
            default: return .placeholder(resolved)
            }
        }
        let codeProblems = TargetChecks.codeProblems(source: source.content, target: content)
        if !codeProblems.isEmpty {
            problems += codeProblems.map { "\(place): \($0)" }
            return .rejected
        }
        if let normalizer {
            if normalizes {
                // Each text run on its own: the rules never reach across an inline code.
                content = content.map { element in
                    guard case .text(let run) = element else { return element }
                    return .text(TextRun(normalizer.normalize(run.text)))
                }
            } else {
                // Listing changes costs far more than normalizing: only for text that changes.
                let text = content.plainText
                if normalizer.normalize(text) != text {
                    warnings += normalizer.changes(in: text).map { "\(place): normalization: \($0) (import --normalize applies it)" }
                }
            }
        }
        if let glossary {
            let findings = GlossaryChecks.check(source: source.sourceText, target: content.plainText, glossary: glossary).map { "\(place): \($0)" }
            if strict && !findings.isEmpty {
                problems += findings
                return .rejected
            }
            warnings += findings
        }
        if TargetChecks.isCopyOfSource(source: source.content, target: content) {
            warnings.append("\(place): the translation is the same as the source (\"\(source.sourceText)\")")
        }
        return .translated(content, segment.state)
    }
}
