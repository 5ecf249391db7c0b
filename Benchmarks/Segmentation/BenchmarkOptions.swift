/// One corpus to measure: a language and a size.
struct Configuration: Equatable {
    /// The language of the corpus and of the segmentation rules.
    var language: CorpusLanguage
    /// The corpus size in MB (10⁶ UTF-8 bytes).
    var megabytes: Int

    /// "en 10 MB".
    var label: String { "\(language.rawValue) \(megabytes) MB" }
}

/// What to measure, from the command line.
struct BenchmarkOptions {
    /// `--lang`: one language, or nil for both.
    var language: CorpusLanguage?
    /// `--size`: one corpus size in MB, or nil for each language's default sizes.
    var megabytes: Int?
    /// `--memory-only`: skip the timings and report the peak memory of segmenting each corpus.
    var memoryOnly = false
    /// `--runs`: timed runs per measurement, after the warm-up; the best one counts.
    var runs = 3
    /// `--help`: print the usage and nothing else.
    var showHelp = false

    static let usage = """
        usage: SegmentationBenchmark [--lang en|fa] [--size MB] [--memory-only] [--runs N]

        Times Bitext's Segmenter against bare ICU sentence breaks over a generated news corpus
        and reports the peak memory of segmenting it. Without options it measures English 10 MB
        and 50 MB and Persian 10 MB, and prints a summary table.

          --lang en|fa     only this language
          --size MB        only this corpus size, in MB of UTF-8 text (10^6 bytes)
          --memory-only    no timings: segment each corpus once and report VmHWM, the peak
                           resident memory, in a process that holds only that corpus
          --runs N         timed runs after the warm-up, best one reported (default 3)
        """

    /// Reads the arguments (without the program name).
    init(arguments: [String]) throws {
        var remaining = arguments[...]
        func value(of option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkError("\(option) needs a value") }
            return value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--lang":
                let code = try value(of: argument)
                guard let language = CorpusLanguage(rawValue: code) else {
                    throw BenchmarkError("--lang must be en or fa, not '\(code)'")
                }
                self.language = language
            case "--size":
                let text = try value(of: argument)
                guard let size = Int(text), size > 0 else { throw BenchmarkError("--size must be a whole number of MB, not '\(text)'") }
                megabytes = size
            case "--runs":
                let text = try value(of: argument)
                guard let count = Int(text), count > 0 else { throw BenchmarkError("--runs must be a positive number, not '\(text)'") }
                runs = count
            case "--memory-only":
                memoryOnly = true
            case "--help", "-h":
                showHelp = true
            default:
                throw BenchmarkError("unknown argument '\(argument)'")
            }
        }
    }

    /// The corpora to measure, in order: each chosen language at each chosen size.
    var configurations: [Configuration] {
        let languages = language.map { [$0] } ?? CorpusLanguage.allCases
        return languages.flatMap { language in
            (megabytes.map { [$0] } ?? language.defaultSizes).map { Configuration(language: language, megabytes: $0) }
        }
    }
}

/// Why the benchmark cannot run, in words for the person at the terminal.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
