import Foundation

/// A bilingual glossary with matchers for both sides.
public struct Glossary: Sendable {
    public let entries: [GlossaryEntry]
    /// English forms (preferred and variants).
    private let english: TermMatcher
    /// Acceptable Persian forms (preferred and allowed).
    private let persian: TermMatcher
    /// Forbidden Persian forms.
    private let forbidden: TermMatcher

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        // The three matchers are independent: build them side by side (a 100,000-entry
        // glossary loads in about half the time on two cores).
        let builders: [@Sendable () -> TermMatcher] = [
            { TermMatcher(terms: entries.enumerated().flatMap { index, entry in entry.englishForms.map { (index, $0, entry.isCaseSensitive) } }) },
            { TermMatcher(terms: entries.enumerated().flatMap { index, entry in entry.persianForms.map { (index, $0, false) } },
                          allowsPersianSuffixes: true) },
            { TermMatcher(terms: entries.enumerated().flatMap { index, entry in entry.persianForbidden.map { (index, $0, false) } },
                          allowsPersianSuffixes: true, foldsArabicLetters: false) },
        ]
        let results = MatcherSlots()
        DispatchQueue.concurrentPerform(iterations: builders.count) { index in
            results.set(index, builders[index]())
        }
        english = results.get(0)
        persian = results.get(1)
        forbidden = results.get(2)
    }

    /// Reads the TSV form (`glossary/en-fa.tsv`).
    public init(tsvAt path: String) throws {
        self.init(entries: try Glossary.entries(at: path))
    }

    /// Reads a glossary file by its extension: TBX (`.tbx`), CSV (`.csv`) or TSV (anything else).
    public static func entries(at path: String) throws -> [GlossaryEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GlossaryError(file: path, message: "no such file; give the glossary's path with --glossary")
        }
        if path.lowercased().hasSuffix(".tbx") { return try GlossaryTBX.read(Array(data), file: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GlossaryError(file: path, message: "is not UTF-8; save it as UTF-8")
        }
        if path.lowercased().hasSuffix(".csv") { return try GlossaryTSV.read(try GlossaryTSV.fromCSV(text, file: path), file: path) }
        return try GlossaryTSV.read(text, file: path)
    }

    /// The shipped glossary: `$BITEXT_GLOSSARY`, else `glossary/en-fa.tsv` of the source tree
    /// this binary was built from.
    public static var shippedPath: String {
        if let path = ProcessInfo.processInfo.environment["BITEXT_GLOSSARY"], !path.isEmpty { return path }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("glossary/en-fa.tsv").path
    }

    /// Terms found in text of a language (English, or Persian by its acceptable forms).
    public func terms(in text: String, isPersian: Bool) -> [TermMatcher.Match] {
        (isPersian ? persian : english).matches(in: text)
    }

    /// Forbidden Persian renderings found in text.
    public func forbiddenForms(in text: String) -> [TermMatcher.Match] {
        forbidden.matches(in: text)
    }

    /// Entries whose forms (in either language) equal or start with `query`, ignoring case.
    public func lookup(_ query: String) -> [GlossaryEntry] {
        let key = TermTokenizer.tokens(query).map(\.key)
        guard !key.isEmpty else { return [] }
        return entries.filter { entry in
            (entry.englishForms + entry.persianForms + entry.persianForbidden).contains { form in
                let tokens = TermTokenizer.tokens(form).map(\.key)
                return tokens.starts(with: key)
            }
        }
    }
}

/// Where the matchers built in parallel are put.
private final class MatcherSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var matchers: [Int: TermMatcher] = [:]

    func set(_ index: Int, _ matcher: TermMatcher) {
        lock.lock()
        matchers[index] = matcher
        lock.unlock()
    }

    func get(_ index: Int) -> TermMatcher {
        lock.lock()
        defer { lock.unlock() }
        return matchers[index]!
    }
}
