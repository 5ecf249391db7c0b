import Foundation

/// Normalizes Persian text by the rules of `locales/fa/normalize.rules`: Arabic presentation
/// forms, Arabic letter and digit variants, the kashida, spacing around punctuation and the
/// zero-width non-joiner (ZWNJ).
///
/// The rules run in the order the file gives them, each over one line at a time: a line is never
/// joined to or split from another, and URLs, e-mail addresses and `code` spans are left whole.
/// Most rules are ICU transforms; the ZWNJ rules that need a word list (`# words: FILE`) run here
/// in Swift. Not safe to share between threads: ICU transforms keep state.
public final class PersianNormalizer {
    /// One change a rule made, for a check that shows an editor what normalization would do.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        /// The rule's name, from its `# rule: NAME` line in normalize.rules.
        public let rule: String
        /// The UTF-8 byte range in the original text of what the rule rewrote.
        public let range: Range<Int>
        /// The words the rule rewrote, as they stood when it ran: the original text, unless an
        /// earlier rule changed the same words.
        public let before: String
        /// What the rule wrote in their place.
        public let after: String

        /// A change by the named rule of the bytes at `range`, from `before` to `after`.
        public init(rule: String, range: Range<Int>, before: String, after: String) {
            self.rule = rule
            self.range = range
            self.before = before
            self.after = after
        }

        /// The change as `rule start..<end: "before" → "after"`.
        public var description: String {
            "\(rule) \(range.lowerBound)..<\(range.upperBound): \(before.debugDescription) → \(after.debugDescription)"
        }
    }

    /// The rule names in the order the rules run.
    public let ruleNames: [String]

    private let steps: [Step]
    /// The steps `normalize` runs: the same, except that when every ICU rule comes before every
    /// word-list rule, the ICU rules run as one transform compiled from the whole file (one
    /// pass through ICU instead of one per rule; the same result, which a test checks).
    private let fastSteps: [Step]

    /// Loads `fa/normalize.rules` and the word lists it names from a locales directory (the
    /// repository's `locales`). A rule that does not compile or a malformed word list is an error
    /// naming the file and line.
    public init(localesDirectory: URL) throws {
        let folder = localesDirectory.appendingPathComponent("fa")
        let file = folder.appendingPathComponent("normalize.rules")
        let ruleFile = try RuleFile(text: try Self.read(file), path: file.path)
        var steps: [Step] = []
        for rule in ruleFile.rules {
            if let listName = rule.wordList {
                let listFile = folder.appendingPathComponent(listName)
                let sections = rule.name == WordPass.verbPrefixRule ? [VerbStems.nounSection] : []
                let lines = WordList.lines(of: try Self.read(listFile), sections: sections)
                let pass: WordPass
                switch rule.name {
                case WordPass.verbPrefixRule:
                    pass = .verbPrefix(try VerbStems(lines: lines, path: listFile.path))
                case WordPass.comparativeSuffixRule:
                    pass = .comparativeSuffix(adjectives: try WordList.words(lines, path: listFile.path))
                case WordPass.pluralSuffixRule:
                    pass = .pluralSuffix(functionWords: try WordList.words(lines, path: listFile.path))
                case WordPass.copulaSuffixRule:
                    pass = .copulaSuffix(functionWords: try WordList.words(lines, path: listFile.path))
                default:
                    throw NormalizationRulesError(path: file.path, line: rule.line,
                                                  message: "rule '\(rule.name)' names a word list but has no statements, and Bitext has no word-list rule of that name "
                                                      + "(it has \(WordPass.ruleNames.joined(separator: ", "))); write ICU statements or use one of those names")
                }
                steps.append(Step(name: rule.name, pass: .words(pass)))
            } else {
                let source = ruleFile.preamble + "\n" + rule.source
                do {
                    steps.append(Step(name: rule.name, pass: .transform(try Transform(rules: source, id: "Bitext-fa-\(rule.name)"))))
                } catch let error as ICUError {
                    // ICU counts the offset in the rule text it was given: the preamble, a newline, the rule.
                    let line = rule.fileLine(forUTF16Offset: Int(error.offset) - ruleFile.preamble.utf16.count - 1)
                    let status = error.description.split(separator: " ").first { $0.hasPrefix("U_") } ?? "status \(error.status)"
                    throw NormalizationRulesError(path: file.path, line: line, message: "rule '\(rule.name)' does not compile (ICU: \(status))")
                }
            }
        }
        self.steps = steps
        ruleNames = steps.map(\.name)
        let firstWordPass = steps.firstIndex { if case .words = $0.pass { return true } else { return false } } ?? steps.count
        let transformsFirst = steps[firstWordPass...].allSatisfy { if case .words = $0.pass { return true } else { return false } }
        if transformsFirst, firstWordPass > 1, let combined = try? Transform(rules: try Self.read(file), id: "Bitext-fa-normalize") {
            fastSteps = [Step(name: "all-icu-rules", pass: .transform(combined))] + steps[firstWordPass...]
        } else {
            fastSteps = steps
        }
    }

    /// The text with every rule applied.
    public func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for piece in Self.pieces(of: scalars) {
            if piece.isProtected {
                result.append(contentsOf: scalars[piece.range])
            } else {
                var current = Array(scalars[piece.range])
                for step in fastSteps { current = step.apply(to: current) }
                result.append(contentsOf: current)
            }
        }
        return String(result)
    }

    /// Every change `normalize` makes to the text, in text order (changes to the same words in
    /// the order the rules made them). A change covers whole words (and the words either side
    /// when all it changes is a space or a ZWNJ), so it reads as an editor's correction.
    public func changes(in text: String) -> [Change] {
        let scalars = Array(text.unicodeScalars)
        var utf8Offsets = [0]
        utf8Offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { utf8Offsets.append(utf8Offsets[utf8Offsets.count - 1] + UTF8.width(scalar)) }
        var found: [(step: Int, change: Change)] = []
        for piece in Self.pieces(of: scalars) where !piece.isProtected {
            var current = Array(scalars[piece.range])
            // The range of original scalars each current scalar comes from.
            var origins = piece.range.map { $0..<($0 + 1) }
            for (index, step) in steps.enumerated() {
                let next = step.apply(to: current)
                if next == current { continue }
                let edit = ScalarDiff(old: current, new: next)
                for hunk in edit.reportedHunks() {
                    let range = Self.originalRange(of: hunk.old, origins: origins, pieceStart: piece.range.lowerBound)
                    found.append((index, Change(rule: step.name, range: utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound],
                                                before: String(String.UnicodeScalarView(current[hunk.old])),
                                                after: String(String.UnicodeScalarView(next[hunk.new])))))
                }
                origins = edit.newOrigins(from: origins, pieceStart: piece.range.lowerBound)
                current = next
            }
        }
        return Self.inReadingOrder(found)
    }

    /// Changes in text order, except that changes to the same words are listed in the order the
    /// rules made them (a change's `before` is what the previous one wrote).
    private static func inReadingOrder(_ found: [(step: Int, change: Change)]) -> [Change] {
        let sorted = found.enumerated().sorted {
            ($0.element.change.range.lowerBound, $0.offset) < ($1.element.change.range.lowerBound, $1.offset)
        }.map(\.element)
        var result: [Change] = []
        var group: [(step: Int, change: Change)] = []
        var groupEnd = 0
        func flush() {
            result += group.enumerated().sorted { ($0.element.step, $0.offset) < ($1.element.step, $1.offset) }.map(\.element.change)
            group = []
        }
        for item in sorted {
            if !group.isEmpty && item.change.range.lowerBound >= groupEnd { flush() }
            groupEnd = group.isEmpty ? item.change.range.upperBound : max(groupEnd, item.change.range.upperBound)
            group.append(item)
        }
        flush()
        return result
    }

    /// The range of original scalars a stretch of the current text comes from (for an insertion,
    /// the empty range where it goes).
    fileprivate static func originalRange(of old: Range<Int>, origins: [Range<Int>], pieceStart: Int) -> Range<Int> {
        if !old.isEmpty { return origins[old.lowerBound].lowerBound..<origins[old.upperBound - 1].upperBound }
        let point = old.lowerBound > 0 ? origins[old.lowerBound - 1].upperBound
            : (old.lowerBound < origins.count ? origins[old.lowerBound].lowerBound : pieceStart)
        return point..<point
    }

    private static func read(_ file: URL) throws -> String {
        do {
            return try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw NormalizationRulesError(path: file.path, line: nil,
                                          message: "cannot read it as UTF-8 text (\(error.localizedDescription)); normalization needs the locales directory of the Bitext sources")
        }
    }
}

/// A normalize.rules file or word list that Bitext cannot use, with where and why.
public struct NormalizationRulesError: Error, CustomStringConvertible, Sendable {
    /// The file at fault.
    public let path: String
    /// The 1-based line, when one line is at fault.
    public let line: Int?
    /// What is wrong and what to do.
    public let message: String

    /// `path:line: message`, the form editors and compilers use.
    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}

// MARK: - Steps

extension PersianNormalizer {
    /// One rule, ready to run.
    private struct Step {
        enum Pass {
            case transform(Transform)
            case words(WordPass)
        }

        let name: String
        let pass: Pass

        func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            switch pass {
            case .transform(let transform):
                let text = String(String.UnicodeScalarView(scalars))
                do {
                    return Array(try transform.apply(text).unicodeScalars)
                } catch {
                    // A compiled transform fails only when ICU runs out of memory.
                    preconditionFailure("normalization rule \(name) failed in ICU: \(error)")
                }
            case .words(let pass):
                return pass.apply(to: scalars)
            }
        }
    }
}

// MARK: - The rule file

/// normalize.rules split into its named rules (see the file's header for the format).
private struct RuleFile {
    struct Rule {
        let name: String
        /// The 1-based line of the `# rule:` line.
        let line: Int
        /// The rule's lines, from its `# rule:` line to the next, as written.
        let source: String
        /// The word list of a rule applied in Swift.
        let wordList: String?

        /// The file line holding a UTF-16 offset into `source`.
        func fileLine(forUTF16Offset offset: Int) -> Int {
            var remaining = offset
            for (index, text) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                remaining -= text.utf16.count + 1
                if remaining < 0 { return line + index }
            }
            return line
        }
    }

    /// The lines before the first rule: the header, `::Null;` and shared variables.
    let preamble: String
    let rules: [Rule]

    init(text: String, path: String) throws {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        var preambleLines: [String] = []
        var rules: [Rule] = []
        var current: (name: String, line: Int, lines: [String], wordLists: [String], statements: [String])?
        func finish() throws {
            guard let rule = current else { return }
            if rule.statements.isEmpty {
                guard rule.wordLists.count == 1 else {
                    throw NormalizationRulesError(path: path, line: rule.line,
                                                  message: "rule '\(rule.name)' needs ICU statements, or no statements and one '# words: FILE' line")
                }
            } else {
                guard rule.wordLists.isEmpty else {
                    throw NormalizationRulesError(path: path, line: rule.line,
                                                  message: "rule '\(rule.name)' has both ICU statements and a '# words:' line; a rule is one or the other")
                }
                guard rule.statements[0].hasPrefix("::Null;") else {
                    throw NormalizationRulesError(path: path, line: rule.line,
                                                  message: "rule '\(rule.name)' must start with '::Null;' so that it is a pass of its own and its filter stays on it (DESIGN.md, \"The ICU rule\")")
                }
            }
            rules.append(Rule(name: rule.name, line: rule.line, source: rule.lines.joined(separator: "\n"), wordList: rule.wordLists.first))
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("# rule:") {
                try finish()
                let name = trimmed.dropFirst("# rule:".count).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                    throw NormalizationRulesError(path: path, line: index + 1, message: "a rule name is lowercase ASCII letters, digits and hyphens, such as 'arabic-yeh'; found '\(name)'")
                }
                if rules.contains(where: { $0.name == name }) {
                    throw NormalizationRulesError(path: path, line: index + 1, message: "rule '\(name)' is named twice; each rule needs a name of its own")
                }
                current = (name, index + 1, [line], [], [])
            } else if current != nil {
                current!.lines.append(line)
                if trimmed.hasPrefix("# words:") {
                    current!.wordLists.append(trimmed.dropFirst("# words:".count).trimmingCharacters(in: .whitespaces))
                } else if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                    current!.statements.append(trimmed)
                }
            } else {
                preambleLines.append(line)
            }
        }
        try finish()
        let firstStatement = preambleLines.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && !$0.hasPrefix("#") }
        guard firstStatement?.hasPrefix("::Null;") == true else {
            throw NormalizationRulesError(path: path, line: nil,
                                          message: "the first statement must be '::Null;', so that no rule's filter becomes a filter on every rule (DESIGN.md, \"The ICU rule\")")
        }
        guard !rules.isEmpty else {
            throw NormalizationRulesError(path: path, line: nil, message: "no rules: a rule starts with a '# rule: NAME' line")
        }
        preamble = preambleLines.joined(separator: "\n")
        self.rules = rules
    }
}

// MARK: - Word lists and the ZWNJ rules that use them

/// Reading the word lists in locales/fa/: one entry a line, `#` comments, blank lines ignored.
private enum WordList {
    /// An entry: its 1-based line, its words (split at spaces and tabs), and the section it is in
    /// (the last section line above it, if any).
    typealias Entry = (line: Int, words: [[Unicode.Scalar]], section: String?)

    /// The entries of a list; a comment line that reads exactly one of `sections` starts a section.
    static func lines(of text: String, sections: [String] = []) -> [Entry] {
        var result: [Entry] = []
        var section: String?
        for (index, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = String(String.UnicodeScalarView(line)).trimmingCharacters(in: .whitespacesAndNewlines)
            if sections.contains(content) {
                section = content
                continue
            }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(Array.init)
            if let first = words.first, first.first != "#" { result.append((index + 1, words, section)) }
        }
        return result
    }

    /// A list of single words.
    static func words(_ lines: [Entry], path: String) throws -> Set<[Unicode.Scalar]> {
        var words = Set<[Unicode.Scalar]>()
        for entry in lines {
            guard entry.words.count == 1 else {
                throw NormalizationRulesError(path: path, line: entry.line, message: "one word a line; a compound is written with its ZWNJ, not a space")
            }
            words.insert(entry.words[0])
        }
        return words
    }
}

/// The verb stems of verb-stems.txt, for telling the prefix «می» from the noun «می».
private struct VerbStems {
    var pastStems = Set<[Unicode.Scalar]>()
    var presentStems = Set<[Unicode.Scalar]>()
    /// Forms used with no personal ending (the impersonal «توان»).
    var wholeForms = Set<[Unicode.Scalar]>()
    /// Words after which «می» is the noun (wine): «جام می».
    var nounContexts = Set<[Unicode.Scalar]>()

    /// The line of verb-stems.txt that starts the words after which «می» is the noun.
    static let nounSection = "# «می» is the noun after these words"

    static let pastEndings: [[Unicode.Scalar]] = ["", "م", "ی", "یم", "ید", "ند", "ه"].map { Array($0.unicodeScalars) }
    static let presentEndings: [[Unicode.Scalar]] = ["م", "ی", "د", "یم", "ید", "ند"].map { Array($0.unicodeScalars) }

    init(lines: [WordList.Entry], path: String) throws {
        for entry in lines {
            if entry.section == Self.nounSection {
                nounContexts.formUnion(try WordList.words([entry], path: path))
                continue
            }
            switch entry.words.count {
            case 1:
                wholeForms.insert(entry.words[0])
            case 3...:
                let infinitive = entry.words[0], past = entry.words[1]
                guard infinitive == past + ["\u{646}"] else {
                    throw NormalizationRulesError(path: path, line: entry.line,
                                                  message: "the infinitive \(String(String.UnicodeScalarView(infinitive))) is not the past stem \(String(String.UnicodeScalarView(past))) + ن")
                }
                pastStems.insert(past)
                for present in entry.words.dropFirst(2) { presentStems.insert(present) }
            default:
                throw NormalizationRulesError(path: path, line: entry.line,
                                              message: "a verb is written 'infinitive past-stem present-stem...', a form used as it is as one word")
            }
        }
    }

    /// Whether a word is a verb form after «می»: a past stem with or without an ending, a present
    /// stem with one, or a whole form.
    func isVerbForm(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let word = Array(word)
        if wholeForms.contains(word) { return true }
        for ending in Self.pastEndings where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
            if pastStems.contains(Array(word.dropLast(ending.count))) { return true }
        }
        for ending in Self.presentEndings where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
            if presentStems.contains(Array(word.dropLast(ending.count))) { return true }
        }
        return false
    }
}

/// The ZWNJ rules that need a word list: each turns the single space between two Persian words
/// into a ZWNJ when the second is a prefix's verb or the first's suffix.
private enum WordPass {
    case verbPrefix(VerbStems)
    case comparativeSuffix(adjectives: Set<[Unicode.Scalar]>)
    case pluralSuffix(functionWords: Set<[Unicode.Scalar]>)
    case copulaSuffix(functionWords: Set<[Unicode.Scalar]>)

    static let verbPrefixRule = "zwnj-verb-prefix"
    static let comparativeSuffixRule = "zwnj-comparative-suffix"
    static let pluralSuffixRule = "zwnj-plural-suffix"
    static let copulaSuffixRule = "zwnj-copula-suffix"
    static let ruleNames = [verbPrefixRule, comparativeSuffixRule, pluralSuffixRule, copulaSuffixRule]

    private static func words(_ list: [String]) -> Set<[Unicode.Scalar]> { Set(list.map { Array($0.unicodeScalars) }) }
    private static let verbPrefixes = words(["می", "نمی"])
    private static let comparativeSuffixes = words(["تر", "ترین", "تری"])
    private static let pluralSuffixes = words(["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"])
    private static let copulaSuffixes = words(["ام", "ای", "ایم", "اید", "اند"])
    private static let zwnj: Unicode.Scalar = "\u{200C}"
    private static let heh: Unicode.Scalar = "\u{647}"

    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let words = Self.persianWords(in: scalars)
        var result = scalars
        for index in words.indices.dropLast() {
            let first = words[index], second = words[index + 1]
            guard second.lowerBound == first.upperBound + 1 && scalars[first.upperBound] == " " else { continue }
            // The word before the pair, when only a space separates it from the first.
            let previous = index > 0 && words[index - 1].upperBound + 1 == first.lowerBound && scalars[first.lowerBound - 1] == " "
                ? scalars[words[index - 1]] : nil
            if joins(scalars[first], scalars[second], after: previous) { result[first.upperBound] = Self.zwnj }
        }
        return result
    }

    /// Whether the space between two adjacent words is really a gap inside one word.
    private func joins(_ first: ArraySlice<Unicode.Scalar>, _ second: ArraySlice<Unicode.Scalar>, after previous: ArraySlice<Unicode.Scalar>?) -> Bool {
        // The part of the second word before any ZWNJ it already has («ترین» of «ترین‌ها»).
        let secondHead = second.prefix { $0 != Self.zwnj }
        switch self {
        case .verbPrefix(let stems):
            return Self.verbPrefixes.contains(Array(first)) && stems.isVerbForm(secondHead)
                && !(first.elementsEqual("می".unicodeScalars) && previous.map { stems.nounContexts.contains(Array($0)) } == true)
        case .comparativeSuffix(let adjectives):
            return Self.comparativeSuffixes.contains(Array(secondHead)) && adjectives.contains(Array(first))
        case .pluralSuffix(let functionWords):
            return Self.pluralSuffixes.contains(Array(second)) && Self.letterCount(first) >= 2 && !functionWords.contains(Array(first))
        case .copulaSuffix(let functionWords):
            return Self.copulaSuffixes.contains(Array(second)) && first.last == Self.heh && Self.letterCount(first) >= 3
                && !functionWords.contains(Array(first))
        }
    }

    private static func letterCount(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        word.count { $0.properties.isAlphabetic && $0 != zwnj }
    }

    /// The runs of Arabic-script letters, marks and ZWNJs that stand as words: not glued to a
    /// letter or digit of another script ("IAEAها" is not a Persian word).
    static func persianWords(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isPersianWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count && isPersianWordScalar(scalars[index]) { index += 1 }
            let gluedBefore = start > 0 && isWordScalar(scalars[start - 1])
            let gluedAfter = index < scalars.count && isWordScalar(scalars[index])
            if !gluedBefore && !gluedAfter { result.append(start..<index) }
        }
        return result
    }

    private static func isPersianWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200C { return true }
        guard (0x600...0x6FF).contains(value) || (0x750...0x77F).contains(value) || (0x8A0...0x8FF).contains(value) else { return false }
        let category = scalar.properties.generalCategory
        return category == .otherLetter || category == .nonspacingMark || category == .modifierLetter
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }
}

// MARK: - Lines and protected spans

extension PersianNormalizer {
    /// A stretch of the text: a line's text between protected spans (normalized), or a line
    /// ending, URL, e-mail address or code span (kept as it is).
    struct Piece {
        var range: Range<Int>
        var isProtected: Bool
    }

    /// The text cut at line endings, URLs, e-mail addresses and `code` spans, in order. Each
    /// piece is normalized on its own, so to a rule the edge of a URL is the edge of a line.
    static func pieces(of scalars: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        var lineStart = 0
        func addLine(_ line: Range<Int>) {
            var start = line.lowerBound
            for span in protectedSpans(in: scalars, line: line) {
                if start < span.lowerBound { pieces.append(Piece(range: start..<span.lowerBound, isProtected: false)) }
                pieces.append(Piece(range: span, isProtected: true))
                start = span.upperBound
            }
            if start < line.upperBound { pieces.append(Piece(range: start..<line.upperBound, isProtected: false)) }
        }
        for (index, scalar) in scalars.enumerated() where isLineEnd(scalar) {
            addLine(lineStart..<index)
            pieces.append(Piece(range: index..<(index + 1), isProtected: true))
            lineStart = index + 1
        }
        addLine(lineStart..<scalars.count)
        return pieces
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// URLs, e-mail addresses and `code` spans in one line, in order and not overlapping.
    private static func protectedSpans(in scalars: [Unicode.Scalar], line: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = line.lowerBound
        while index < line.upperBound {
            if let end = codeSpanEnd(in: scalars, from: index, limit: line.upperBound)
                ?? urlEnd(in: scalars, from: index, limit: line.upperBound) {
                spans.append(index..<end)
                index = end
            } else if scalars[index] == "@", let span = emailSpan(in: scalars, at: index, line: line, after: spans.last?.upperBound ?? line.lowerBound) {
                spans.append(span)
                index = span.upperBound
            } else {
                index += 1
            }
        }
        return spans
    }

    /// A backtick span closed on the same line.
    private static func codeSpanEnd(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        guard scalars[start] == "`" else { return nil }
        var index = start + 1
        while index < limit {
            if scalars[index] == "`" { return index > start + 1 ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    private static let urlStarts = ["https://", "http://", "ftp://", "www."].map { Array($0.unicodeScalars) }

    /// A URL starting at a word start: everything up to a space or a quotation mark, less the
    /// punctuation that ends the sentence around it (a `)` stays when the URL opened one).
    private static func urlEnd(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        if start > 0 && (isASCIIWordScalar(scalars[start - 1]) || scalars[start - 1] == "/") { return nil }
        let matches = urlStarts.contains { prefix in
            start + prefix.count <= limit && zip(prefix, scalars[start...]).allSatisfy { expected, actual in
                expected == actual || (("a"..."z").contains(expected) && actual.value == expected.value - 32)
            }
        }
        guard matches else { return nil }
        var end = start
        while end < limit && !scalars[end].properties.isWhitespace && !"«»\"<>".unicodeScalars.contains(scalars[end]) { end += 1 }
        let opensParenthesis = scalars[start..<end].contains("(")
        while end > start, ".,:;!?'،؛؟".unicodeScalars.contains(scalars[end - 1]) || (scalars[end - 1] == ")" && !opensParenthesis) {
            end -= 1
        }
        return end > start + 4 ? end : nil
    }

    /// An e-mail address around an `@`: ASCII local part, and a dotted ASCII domain.
    private static func emailSpan(in scalars: [Unicode.Scalar], at sign: Int, line: Range<Int>, after floor: Int) -> Range<Int>? {
        var start = sign
        while start > max(line.lowerBound, floor), isASCIIWordScalar(scalars[start - 1]) || ".%+-_".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        var end = sign + 1
        while end < line.upperBound, isASCIIWordScalar(scalars[end]) || scalars[end] == "." || scalars[end] == "-" { end += 1 }
        while end > sign + 1 && scalars[end - 1] == "." { end -= 1 }
        guard start < sign, scalars[(sign + 1)..<end].contains(".") else { return nil }
        return start..<end
    }

    private static func isASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

// MARK: - Telling what a rule changed

/// The difference between a rule's input and output (Myers' shortest edit script over Unicode
/// scalars), for reporting changes word by word and for tracing each output scalar back to the
/// original text.
private struct ScalarDiff {
    /// A changed stretch: scalar ranges in the old and the new text.
    struct Hunk {
        var old: Range<Int>
        var new: Range<Int>
    }

    let old: [Unicode.Scalar]
    let new: [Unicode.Scalar]
    /// The changed stretches, in order, separated by unchanged text.
    let hunks: [Hunk]

    /// Beyond this many scalar edits in one line, the changed middle is reported as one change.
    private static let maximumEdits = 1_000

    init(old: [Unicode.Scalar], new: [Unicode.Scalar]) {
        self.old = old
        self.new = new
        var prefix = 0
        while prefix < min(old.count, new.count) && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = prefix..<(old.count - suffix)
        let newMiddle = prefix..<(new.count - suffix)
        hunks = Self.myers(old, oldMiddle, new, newMiddle)
            ?? Self.wordByWord(old, oldMiddle, new, newMiddle)
            ?? [Hunk(old: oldMiddle, new: newMiddle)]
    }

    /// The hunks widened to whole words, and, when all a hunk changes is a space or a ZWNJ, to
    /// the word or mark on each side that is not already a word; hunks that then meet are merged.
    func reportedHunks() -> [Hunk] {
        var result: [Hunk] = []
        for (index, hunk) in hunks.enumerated() {
            // Widening never crosses into the previous hunk: the text between two hunks is the
            // same in old and new, so the same number of scalars is added to both ranges.
            let floor = index > 0 ? hunks[index - 1].old.upperBound : 0
            let ceiling = index + 1 < hunks.count ? hunks[index + 1].old.lowerBound : old.count
            var start = hunk.old.lowerBound, end = hunk.old.upperBound
            while start > floor && Self.isWordScalar(old[start - 1]) { start -= 1 }
            while end < ceiling && Self.isWordScalar(old[end]) { end += 1 }
            if old[hunk.old].allSatisfy(Self.isInvisible) && new[hunk.new].allSatisfy(Self.isInvisible) {
                if start == hunk.old.lowerBound { start = Self.tokenStart(in: old, before: start, floor: floor) }
                if end == hunk.old.upperBound { end = Self.tokenEnd(in: old, after: end, ceiling: ceiling) }
            }
            var widened = Hunk(old: start..<end,
                               new: (hunk.new.lowerBound - (hunk.old.lowerBound - start))..<(hunk.new.upperBound + (end - hunk.old.upperBound)))
            if let last = result.last, widened.old.lowerBound <= last.old.upperBound {
                widened = Hunk(old: last.old.lowerBound..<widened.old.upperBound, new: last.new.lowerBound..<widened.new.upperBound)
                result[result.count - 1] = widened
            } else {
                result.append(widened)
            }
        }
        return result
    }

    /// Where each new scalar comes from in the original text, given where each old one came from:
    /// an unchanged scalar keeps its origin, a rewritten one takes its whole hunk's.
    func newOrigins(from origins: [Range<Int>], pieceStart: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(new.count)
        var oldPosition = 0
        for hunk in hunks {
            result.append(contentsOf: origins[oldPosition..<hunk.old.lowerBound])
            let origin = PersianNormalizer.originalRange(of: hunk.old, origins: origins, pieceStart: pieceStart)
            result.append(contentsOf: repeatElement(origin, count: hunk.new.count))
            oldPosition = hunk.old.upperBound
        }
        result.append(contentsOf: origins[oldPosition...])
        return result
    }

    /// For a line too changed for Myers' algorithm: when old and new have as many tokens (a
    /// word, or one other scalar), as a rule that rewrites letters leaves them, the tokens pair
    /// up in order and each pair that differs is a hunk; nil when the counts differ.
    private static func wordByWord(_ a: [Unicode.Scalar], _ aRange: Range<Int>, _ b: [Unicode.Scalar], _ bRange: Range<Int>) -> [Hunk]? {
        let aTokens = tokens(a, aRange), bTokens = tokens(b, bRange)
        guard aTokens.count == bTokens.count else { return nil }
        var hunks: [Hunk] = []
        for (aToken, bToken) in zip(aTokens, bTokens) where !a[aToken].elementsEqual(b[bToken]) {
            if let last = hunks.last, last.old.upperBound == aToken.lowerBound {
                hunks[hunks.count - 1] = Hunk(old: last.old.lowerBound..<aToken.upperBound, new: last.new.lowerBound..<bToken.upperBound)
            } else {
                hunks.append(Hunk(old: aToken, new: bToken))
            }
        }
        return hunks
    }

    /// The words of a range, and each other scalar on its own.
    private static func tokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let start = index
            index += 1
            if isWordScalar(scalars[start]) {
                while index < range.upperBound && isWordScalar(scalars[index]) { index += 1 }
            }
            result.append(start..<index)
        }
        return result
    }

    /// The start of the token before `position`, over any spaces: a word, or one other scalar.
    private static func tokenStart(in scalars: [Unicode.Scalar], before position: Int, floor: Int) -> Int {
        var start = position
        while start > floor && scalars[start - 1].properties.isWhitespace { start -= 1 }
        guard start > floor else { return start }
        if !isWordScalar(scalars[start - 1]) { return start - 1 }
        while start > floor && isWordScalar(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// The end of the token after `position`, over any spaces: a word, or one other scalar.
    private static func tokenEnd(in scalars: [Unicode.Scalar], after position: Int, ceiling: Int) -> Int {
        var end = position
        while end < ceiling && scalars[end].properties.isWhitespace { end += 1 }
        guard end < ceiling else { return end }
        if !isWordScalar(scalars[end]) { return end + 1 }
        while end < ceiling && isWordScalar(scalars[end]) { end += 1 }
        return end
    }

    /// Letters, marks, digits and the joiners and kashida that sit inside words.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200C}" || scalar == "\u{200D}" || scalar == "\u{640}" || scalar.properties.isAlphabetic
            || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// Myers' O((N+M)D) shortest edit script between two ranges, as changed stretches; nil when
    /// it needs more than `maximumEdits` edits.
    private static func myers(_ a: [Unicode.Scalar], _ aRange: Range<Int>, _ b: [Unicode.Scalar], _ bRange: Range<Int>) -> [Hunk]? {
        let n = aRange.count, m = bRange.count
        if n == 0 && m == 0 { return [] }
        if n == 0 || m == 0 { return [Hunk(old: aRange, new: bRange)] }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] is `v` as it stood before edit d: what the walk back needs.
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[aRange.lowerBound + x] == b[bRange.lowerBound + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return nil }
        // Walk back from the end, collecting the unchanged (diagonal) runs.
        var runs: [(x: Int, y: Int, length: Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let runStart = d == 0 ? 0 : (previousK == k + 1 ? previousX : previousX + 1)
            if x > runStart { runs.append((runStart, runStart - k, x - runStart)) }
            x = previousX
            y = previousX - previousK
        }
        var hunks: [Hunk] = []
        var oldPosition = 0, newPosition = 0
        for run in runs.reversed() {
            if run.x > oldPosition || run.y > newPosition {
                hunks.append(Hunk(old: (aRange.lowerBound + oldPosition)..<(aRange.lowerBound + run.x),
                                  new: (bRange.lowerBound + newPosition)..<(bRange.lowerBound + run.y)))
            }
            oldPosition = run.x + run.length
            newPosition = run.y + run.length
        }
        if oldPosition < n || newPosition < m {
            hunks.append(Hunk(old: (aRange.lowerBound + oldPosition)..<aRange.upperBound, new: (bRange.lowerBound + newPosition)..<bRange.upperBound))
        }
        return hunks
    }
}
