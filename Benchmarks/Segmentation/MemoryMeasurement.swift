import BenchmarkSupport
import BitextSegmentation
import Foundation

/// The peak resident memory (VmHWM) of segmenting one corpus, read in a process that has held
/// nothing larger: the high-water mark never goes down, so after a 50 MB run a 10 MB run in
/// the same process would only report the 50 MB peak again.
struct MemoryMeasurement {
    /// The corpus measured.
    let configuration: Configuration
    /// The corpus's size in UTF-8 bytes.
    let inputBytes: Int
    /// VmHWM before the corpus is generated: the program, Foundation and the ICU data it touched.
    let baselineKilobytes: Int
    /// VmHWM once the corpus is in memory.
    let corpusKilobytes: Int
    /// VmHWM after segmenting the whole corpus and keeping every paragraph's sentence ranges.
    let peakKilobytes: Int

    /// The peak as a multiple of the input size.
    var peakPerInput: Double { Double(peakKilobytes) * 1024 / Double(inputBytes) }

    /// What the corpus and its segmentation added to the baseline, as a multiple of the input
    /// size: the part of the peak that grows with the input.
    var growthPerInput: Double { Double(peakKilobytes - baselineKilobytes) * 1024 / Double(inputBytes) }

    /// Measures in this process; meaningful only as the first corpus the process generates.
    init(inThisProcess configuration: Configuration) throws {
        // The segmenter is built first, so that loading the rules and opening ICU count as
        // baseline, as they would in a long-running tool.
        let segmenter = try Segmenter(language: configuration.language.tag)
        guard let baseline = ProcessMemory.peakKilobytes else {
            throw BenchmarkError("cannot read VmHWM from /proc/self/status: peak memory is measured on Linux only")
        }
        baselineKilobytes = baseline
        let corpus = Corpus(language: configuration.language, megabytes: configuration.megabytes)
        corpusKilobytes = ProcessMemory.peakKilobytes ?? 0
        // Every paragraph's ranges are kept, as the product keeps a document's segments.
        var sentences: [[Range<Int>]] = []
        sentences.reserveCapacity(corpus.paragraphs.count)
        for paragraph in corpus.paragraphs {
            sentences.append(segmenter.sentences(in: paragraph))
        }
        peakKilobytes = ProcessMemory.peakKilobytes ?? 0
        withExtendedLifetime(sentences) {}
        self.configuration = configuration
        inputBytes = corpus.byteCount
    }

    /// Runs this benchmark again with `--memory-only` for one corpus and reads its report.
    init(inChildProcess configuration: Configuration) throws {
        let process = Process()
        // The running binary itself, whatever directory or name it was started by.
        process.executableURL = Bundle.main.executableURL
        process.arguments = ["--memory-only", "--lang", configuration.language.rawValue, "--size", String(configuration.megabytes)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let line = report.split(separator: "\n").last(where: { $0.hasPrefix(Self.summaryPrefix) }) else {
            throw BenchmarkError("the --memory-only run for \(configuration.label) failed (exit status \(process.terminationStatus)):\n\(report)")
        }
        var fields: [String: Int] = [:]
        for field in line.dropFirst(Self.summaryPrefix.count).split(separator: " ") {
            let parts = field.split(separator: "=")
            if parts.count == 2 { fields[String(parts[0])] = Int(parts[1]) }
        }
        guard let input = fields["input-bytes"], let baseline = fields["baseline"], let corpus = fields["corpus"], let peak = fields["peak"] else {
            throw BenchmarkError("cannot read the --memory-only report for \(configuration.label): \(line)")
        }
        self.configuration = configuration
        inputBytes = input
        baselineKilobytes = baseline
        corpusKilobytes = corpus
        peakKilobytes = peak
    }

    /// The line a `--memory-only` run ends with, for the process that started it.
    var summaryLine: String {
        "\(Self.summaryPrefix)input-bytes=\(inputBytes) baseline=\(baselineKilobytes) corpus=\(corpusKilobytes) peak=\(peakKilobytes)"
    }

    private static let summaryPrefix = "VmHWM-kB: "
}
