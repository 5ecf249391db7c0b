/// What to measure, from the command line.
struct BenchmarkOptions {
    /// `--entries`: the size of the generated glossary.
    var entries = 100_000
    /// `--size`: one English corpus size in MB, or nil for 10 and 50 MB.
    var megabytes: Int?
    /// `--lang`: one language, or nil for both.
    var language: CorpusLanguage?
    /// `--runs`: timed runs per measurement; the best one counts.
    var runs = 3
    /// `--tsv`: keep the generated glossary at this path instead of a temporary file.
    var tsvPath: String?
    /// `--sample`: print this many paragraphs of each corpus and measure nothing.
    var sample: Int?
    /// `--help`: print the usage and nothing else.
    var showHelp = false

    static let usage = """
        usage: GlossaryBenchmark [--entries N] [--lang en|fa] [--size MB] [--runs N] [--tsv PATH] [--sample N]

        Generates a glossary of 100,000 entries and English and Persian news corpora, times
        loading the glossary with Glossary(tsvAt:) and matching it over every paragraph with
        Glossary.terms(in:isPersian:), and prints the results against the targets. Without
        options: English 10 and 50 MB, Persian 10 MB, and the shipped glossary over both 10 MB
        corpora.

          --entries N      entries in the generated glossary (default 100000)
          --lang en|fa     only this language's corpus
          --size MB        only this English corpus size, in MB of UTF-8 text (10^6 bytes);
                           the Persian corpus stays at 10 MB
          --runs N         timed runs, best one reported (default 3; matching runs once more
                           first, to warm up)
          --tsv PATH       write the generated glossary here and keep it (default: a temporary
                           file, removed at the end)
          --sample N       print the first N paragraphs of each corpus and measure nothing
        """

    /// Reads the arguments (without the program name).
    init(arguments: [String]) throws {
        var remaining = arguments[...]
        func value(of option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkError("\(option) needs a value") }
            return value
        }
        func positive(_ option: String) throws -> Int {
            let text = try value(of: option)
            guard let number = Int(text), number > 0 else { throw BenchmarkError("\(option) must be a positive whole number, not '\(text)'") }
            return number
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--entries": entries = try positive(argument)
            case "--size": megabytes = try positive(argument)
            case "--runs": runs = try positive(argument)
            case "--tsv": tsvPath = try value(of: argument)
            case "--sample": sample = try positive(argument)
            case "--lang":
                let code = try value(of: argument)
                guard let language = CorpusLanguage(rawValue: code) else { throw BenchmarkError("--lang must be en or fa, not '\(code)'") }
                self.language = language
            case "--help", "-h": showHelp = true
            default: throw BenchmarkError("unknown argument '\(argument)'")
            }
        }
    }

    /// The English corpus sizes to measure, smallest first.
    var englishSizes: [Int] {
        guard language != .persian else { return [] }
        return megabytes.map { [$0] } ?? [10, 50]
    }

    /// The Persian corpus sizes to measure.
    var persianSizes: [Int] { language == .english ? [] : [10] }
}

/// Why the benchmark cannot run, in words for the person at the terminal.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
