import BenchmarkSupport
// The glossary benchmark: run by hand in a release build (see Benchmarks/README.md). It prints
// its measurements against the targets; it never fails on a missed target.
import BitextGlossary
import Foundation

/// Prints a message for the person at the terminal on standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Matches every paragraph of `corpus`, best of `runs` after a warm-up; the result is the
/// number of matches.
func timeMatching(_ glossary: Glossary, over corpus: NewsCorpus, runs: Int) -> Timing {
    let paragraphs = corpus.paragraphs
    let isPersian = corpus.language == .persian
    return Timing(runs: runs) {
        var matches = 0
        for paragraph in paragraphs {
            matches += glossary.terms(in: paragraph, isPersian: isPersian).count
        }
        return matches
    }
}

/// "VmHWM 123.4 MB".
func peakSoFar() -> String { "VmHWM \(Report.megabytes(kilobytes: ProcessMemory.peakKilobytes)) MB" }

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("GlossaryBenchmark: \(error)\n\n\(BenchmarkOptions.usage)")
    exit(2)
}
if options.showHelp {
    print(BenchmarkOptions.usage)
    exit(0)
}

let temporaryPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("bitext-glossary-benchmark-\(ProcessInfo.processInfo.processIdentifier).tsv").path
let tsvPath = options.tsvPath ?? temporaryPath
defer { if options.tsvPath == nil { try? FileManager.default.removeItem(atPath: temporaryPath) } }

if let count = options.sample {
    // A look at what is measured, without measuring it.
    let generated = GeneratedGlossary(count: options.entries)
    for language in CorpusLanguage.allCases where options.language == nil || options.language == language {
        let corpus = NewsCorpus(language: language, megabytes: 1, glossary: generated)
        print("\(language.rawValue):\n" + corpus.paragraphs.prefix(count).joined(separator: "\n\n") + "\n")
    }
    exit(0)
}

do {
    print(Report.header(runs: options.runs, entries: options.entries))
    let clock = ContinuousClock()
    var rows: [Report.Row] = []
    print("Start: \(peakSoFar())")

    // MARK: The glossary

    var generated: GeneratedGlossary?
    let generation = clock.measure { generated = GeneratedGlossary(count: options.entries) }
    let glossaryEntries = generated!.entries
    let tsv = GlossaryTSV.write(glossaryEntries)
    try Data(tsv.utf8).write(to: URL(fileURLWithPath: tsvPath))
    let tsvMegabytes = Double(tsv.utf8.count) / 1_000_000
    let englishForms = glossaryEntries.reduce(0) { $0 + $1.englishForms.count }
    let persianForms = glossaryEntries.reduce(0) { $0 + $1.persianForms.count }
    let forbiddenForms = glossaryEntries.reduce(0) { $0 + $1.persianForbidden.count }
    let caseSensitive = glossaryEntries.filter(\.isCaseSensitive).count
    let englishWords = glossaryEntries.reduce(0) { total, entry in total + entry.englishForms.reduce(0) { $0 + $1.split(separator: " ").count } }
    let withNonJoiner = glossaryEntries.filter { $0.persianForms.contains { $0.unicodeScalars.contains("\u{200C}") } }.count
    let kinds = EntryKind.allCases.map { "\(generated!.indicesByKind[$0]?.count ?? 0) \($0)" }.joined(separator: ", ")
    print("""
        Generated glossary: \(Report.grouped(glossaryEntries.count)) entries (\(kinds)) in \(Report.format(Double(generation.components.seconds) + Double(generation.components.attoseconds) / 1e18, 2)) s
          \(Report.grouped(englishForms)) English forms (\(Report.format(Double(englishWords) / Double(englishForms), 2)) words on average), \(Report.grouped(persianForms)) Persian forms, \(Report.grouped(forbiddenForms)) forbidden forms
          \(Report.grouped(caseSensitive)) case-sensitive entries, \(Report.grouped(withNonJoiner)) with a zero-width non-joiner in Persian
          TSV \(Report.format(tsvMegabytes, 2)) MB at \(tsvPath)\(options.tsvPath == nil ? " (removed at the end)" : "")
          \(peakSoFar())

        """)

    // MARK: Loading

    let load = try Timing(runs: options.runs, warmUp: false) { try Glossary(tsvAt: tsvPath).entries.count }
    // The two halves of loading, to show which one to work on.
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: tsvPath)), as: UTF8.self)
    let parse = try Timing(runs: options.runs, warmUp: false) { try GlossaryTSV.read(text, file: tsvPath).count }
    let parsed = try GlossaryTSV.read(text, file: tsvPath)
    let build = Timing(runs: options.runs, warmUp: false) { Glossary(entries: parsed).entries.count }
    // Glossary(entries:) builds three matchers; the same term lists, one matcher at a time.
    let englishTerms = parsed.enumerated().flatMap { index, entry in entry.englishForms.map { (entry: index, form: $0, isCaseSensitive: entry.isCaseSensitive) } }
    let persianTerms = parsed.enumerated().flatMap { index, entry in entry.persianForms.map { (entry: index, form: $0, isCaseSensitive: false) } }
    let forbiddenTerms = parsed.enumerated().flatMap { index, entry in entry.persianForbidden.map { (entry: index, form: $0, isCaseSensitive: false) } }
    let matcherBuilds = [
        Timing(runs: options.runs, warmUp: false) { TermMatcher(terms: englishTerms).matches(in: "").count + englishTerms.count },
        Timing(runs: options.runs, warmUp: false) { TermMatcher(terms: persianTerms, allowsPersianSuffixes: true).matches(in: "").count + persianTerms.count },
        Timing(runs: options.runs, warmUp: false) {
            TermMatcher(terms: forbiddenTerms, allowsPersianSuffixes: true, foldsArabicLetters: false).matches(in: "").count + forbiddenTerms.count
        },
    ]
    let glossary = try Glossary(tsvAt: tsvPath)
    precondition(glossary.entries == glossaryEntries, "the glossary read back from the TSV differs from the one generated")
    let loadMet = load.seconds < Report.maximumLoadSeconds
    print("""
        Load (Glossary(tsvAt:), \(Report.format(tsvMegabytes, 2)) MB, \(Report.grouped(load.result)) entries): \(Report.format(load.seconds, 3)) s \
        (target < \(Report.format(Report.maximumLoadSeconds, 0)) s: \(Report.verdict(loadMet)))
          of which GlossaryTSV.read \(Report.format(parse.seconds, 3)) s, Glossary(entries:) \(Report.format(build.seconds, 3)) s: \
        TermMatcher English \(Report.format(matcherBuilds[0].seconds, 3)) s (\(Report.grouped(matcherBuilds[0].result)) forms), \
        Persian \(Report.format(matcherBuilds[1].seconds, 3)) s (\(Report.grouped(matcherBuilds[1].result))), \
        forbidden \(Report.format(matcherBuilds[2].seconds, 3)) s (\(Report.grouped(matcherBuilds[2].result)))
          \(peakSoFar())

        """)
    rows.append(Report.Row(measurement: "load, Glossary(tsvAt:)", input: "\(Report.grouped(load.result)) entries, \(Report.format(tsvMegabytes, 1)) MB TSV",
                           timing: load, found: "–", target: "< \(Report.format(Report.maximumLoadSeconds, 0)) s", met: loadMet))
    rows.append(Report.Row(measurement: "– of which GlossaryTSV.read", input: "", timing: parse, found: "–", target: "", met: nil))
    rows.append(Report.Row(measurement: "– of which Glossary(entries:)", input: "", timing: build, found: "–", target: "", met: nil))
    for (name, timing) in zip(["English", "Persian", "forbidden"], matcherBuilds) {
        rows.append(Report.Row(measurement: "– – \(name) TermMatcher", input: "\(Report.grouped(timing.result)) forms", timing: timing, found: "–", target: "", met: nil))
    }

    var shipped: Glossary?
    do {
        shipped = try Glossary(tsvAt: Glossary.shippedPath)
        print("Shipped glossary: \(Report.grouped(shipped!.entries.count)) entries at \(Glossary.shippedPath)\n")
    } catch {
        print("Shipped glossary: not measured (\(error))\n")
    }

    // MARK: Matching

    /// Times the generated glossary (and the shipped one, at 10 MB) over one corpus.
    func measure(_ corpus: NewsCorpus, megabytes: Int) -> Timing {
        let label = "\(corpus.language.rawValue) \(megabytes) MB"
        let timing = timeMatching(glossary, over: corpus, runs: options.runs)
        let inTarget = megabytes == Report.targetMegabytes
        let met = inTarget ? timing.seconds < Report.maximumMatchSeconds : nil
        print("""
            \(label): \(Report.format(corpus.megabytes, 2)) MB in \(Report.grouped(corpus.paragraphs.count)) paragraphs, \
            \(Report.grouped(corpus.wordCount)) words, \(Report.grouped(corpus.termsInserted)) terms written in (one every \
            \(Report.format(Double(corpus.wordCount) / Double(corpus.termsInserted), 1)) words)
              generated glossary  \(Report.format(timing.seconds, 3, width: 7)) s  \(Report.format(timing.megabytesPerSecond(corpus.megabytes), 2, width: 7)) MB/s  \
            \(Report.format(timing.seconds / corpus.megabytes, 4)) s/MB  \(Report.grouped(timing.result)) matches\
            \(met.map { " (target < \(Report.format(Report.maximumMatchSeconds, 0)) s: \(Report.verdict($0)))" } ?? "")
            """)
        rows.append(Report.Row(measurement: "match \(label), generated glossary", input: "\(Report.format(corpus.megabytes, 2)) MB, \(Report.grouped(corpus.paragraphs.count)) paragraphs",
                               timing: timing, megabytes: corpus.megabytes, found: Report.grouped(timing.result),
                               target: inTarget ? "< \(Report.format(Report.maximumMatchSeconds, 0)) s" : "", met: met))
        if inTarget, let shipped {
            let shippedTiming = timeMatching(shipped, over: corpus, runs: options.runs)
            print("""
                  shipped glossary    \(Report.format(shippedTiming.seconds, 3, width: 7)) s  \(Report.format(shippedTiming.megabytesPerSecond(corpus.megabytes), 2, width: 7)) MB/s  \
                \(Report.format(shippedTiming.seconds / corpus.megabytes, 4)) s/MB  \(Report.grouped(shippedTiming.result)) matches
                """)
            rows.append(Report.Row(measurement: "match \(label), shipped glossary (\(Report.grouped(shipped.entries.count)) entries)", input: "same",
                                   timing: shippedTiming, megabytes: corpus.megabytes, found: Report.grouped(shippedTiming.result), target: "", met: nil))
        }
        print("  \(peakSoFar()) (this process, everything so far)\n")
        return timing
    }

    var englishTarget: NewsCorpus?
    var perMegabyte: [(megabytes: Int, secondsPerMegabyte: Double)] = []
    for size in options.englishSizes {
        let corpus = NewsCorpus(language: .english, megabytes: size, glossary: generated!)
        let timing = measure(corpus, megabytes: size)
        perMegabyte.append((size, timing.seconds / corpus.megabytes))
        if size == Report.targetMegabytes { englishTarget = corpus }
    }
    if let smallest = perMegabyte.first, let largest = perMegabyte.last, perMegabyte.count > 1 {
        let drift = largest.secondsPerMegabyte / smallest.secondsPerMegabyte - 1
        let met = abs(drift) <= Report.maximumScalingDrift
        print("Scaling en: \(Report.format(smallest.secondsPerMegabyte, 4)) s/MB at \(smallest.megabytes) MB, \(Report.format(largest.secondsPerMegabyte, 4)) s/MB at "
            + "\(largest.megabytes) MB: \(Report.format(drift * 100, 1, signed: true))% (target within ±\(Report.format(Report.maximumScalingDrift * 100, 0))%: \(Report.verdict(met)))\n")
        rows.append(Report.Row(measurement: "scaling en, s/MB \(largest.megabytes) MB vs \(smallest.megabytes) MB", input: "",
                               timing: nil, found: "\(Report.format(drift * 100, 1, signed: true))%",
                               target: "within ±\(Report.format(Report.maximumScalingDrift * 100, 0))%", met: met))
    }

    var persianTarget: NewsCorpus?
    for size in options.persianSizes {
        let corpus = NewsCorpus(language: .persian, megabytes: size, glossary: generated!)
        _ = measure(corpus, megabytes: size)
        if size == Report.targetMegabytes { persianTarget = corpus }
    }

    // MARK: Checking a translation

    if let english = englishTarget, let persian = persianTarget {
        // What `bitext` runs per segment on import: source terms, target terms and forbidden
        // forms. The paragraphs are not translations of each other, so almost every source term
        // is reported missing: the most work a check can do.
        let pairs = Array(zip(english.paragraphs, persian.paragraphs))
        let megabytes = Double(pairs.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count }) / 1_000_000
        let check = Timing(runs: options.runs) {
            var findings = 0
            for (source, target) in pairs {
                findings += GlossaryChecks.check(source: source, target: target, glossary: glossary).count
            }
            return findings
        }
        print("""
            GlossaryChecks.check over \(Report.grouped(pairs.count)) pairs (en paragraph, fa paragraph), \(Report.format(megabytes, 2)) MB together: \
            \(Report.format(check.seconds, 3)) s, \(Report.format(check.megabytesPerSecond(megabytes), 2)) MB/s, \(Report.grouped(check.result)) findings
              \(peakSoFar())

            """)
        rows.append(Report.Row(measurement: "GlossaryChecks.check, en 10 MB paragraphs with fa ones", input: "\(Report.format(megabytes, 2)) MB, \(Report.grouped(pairs.count)) pairs",
                               timing: check, megabytes: megabytes, found: Report.grouped(check.result), target: "", met: nil))
    }

    rows.append(Report.Row(measurement: "peak memory (VmHWM), whole run", input: "", timing: nil,
                           found: "\(Report.megabytes(kilobytes: ProcessMemory.peakKilobytes)) MB", target: "", met: nil))
    print(Report.table(rows))
} catch {
    printError("GlossaryBenchmark: \(error)")
    // exit() skips the defer above.
    if options.tsvPath == nil { try? FileManager.default.removeItem(atPath: temporaryPath) }
    exit(1)
}
