import Foundation

/// The benchmark's printed output: one block per measurement, then a Markdown summary table
/// that can be pasted into `Benchmarks/README.md`.
enum Report {
    /// Our throughput must be at least half of bare ICU's.
    static let minimumRatio = 0.5
    /// Time per MB may differ by at most 10% between the smallest and the largest corpus.
    static let maximumScalingDrift = 0.10
    /// Peak memory must stay under five times the input size.
    static let maximumPeakPerInput = 5.0

    static func header(runs: Int) -> String {
        var lines = [
            "Segmentation benchmark: Bitext's Segmenter against bare ICU sentence breaks",
            "best of \(runs) runs after 1 warm-up; one call per paragraph; 1 MB = 10^6 bytes of UTF-8",
        ]
        #if DEBUG
        lines.append("WARNING: debug build; the numbers mean nothing. Build with -c release.")
        #endif
        return lines.joined(separator: "\n") + "\n"
    }

    static func speed(_ measurement: SpeedMeasurement) -> String {
        let m = measurement
        return """
            \(m.configuration.label): \(format(m.megabytes, 2)) MB in \(grouped(m.paragraphCount)) paragraphs, \(grouped(m.generatedSentences)) sentences generated
              ours  \(format(m.ours.seconds, 3, width: 7)) s  \(format(m.ours.megabytesPerSecond(m.megabytes), 2, width: 7)) MB/s  \(grouped(m.ours.result)) sentences
              ICU   \(format(m.icu.seconds, 3, width: 7)) s  \(format(m.icu.megabytesPerSecond(m.megabytes), 2, width: 7)) MB/s  \(grouped(m.icu.result)) sentences
              ours/ICU \(format(m.ratio, 2)) (target >= \(format(minimumRatio, 2)): \(verdict(m.ratio >= minimumRatio)))
              VmHWM so far \(megabytes(kilobytes: m.peakKilobytesSoFar)) MB for \(format(m.megabytes, 2)) MB of input (this process, every corpus so far)

            """
    }

    static func memory(_ measurement: MemoryMeasurement) -> String {
        let m = measurement
        return "\(m.configuration.label): VmHWM \(megabytes(kilobytes: m.baselineKilobytes)) MB before the corpus, "
            + "\(megabytes(kilobytes: m.corpusKilobytes)) MB with it, \(megabytes(kilobytes: m.peakKilobytes)) MB after segmenting "
            + "\(format(Double(m.inputBytes) / 1_000_000, 2)) MB = \(format(m.peakPerInput, 2))× input "
            + "(target < \(format(maximumPeakPerInput, 0))×: \(verdict(m.peakPerInput < maximumPeakPerInput))); "
            + "\(format(m.growthPerInput, 2))× input above the baseline"
    }

    static func summary(speeds: [SpeedMeasurement], memories: [MemoryMeasurement]) -> String {
        var lines = [
            "| corpus | MB | paragraphs | generated | ours found | ICU found | ours MB/s | ICU MB/s | ours/ICU | ours s/MB | peak MB | peak/input | growth/input |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for speed in speeds {
            let memory = memories.first { $0.configuration == speed.configuration }
            lines.append("| " + [
                speed.configuration.label, format(speed.megabytes, 2), grouped(speed.paragraphCount), grouped(speed.generatedSentences),
                grouped(speed.ours.result), grouped(speed.icu.result),
                format(speed.ours.megabytesPerSecond(speed.megabytes), 2), format(speed.icu.megabytesPerSecond(speed.megabytes), 2),
                format(speed.ratio, 2), format(speed.oursSecondsPerMegabyte, 4),
                megabytes(kilobytes: memory?.peakKilobytes), memory.map { format($0.peakPerInput, 2) + "×" } ?? "–",
                memory.map { format($0.growthPerInput, 2) + "×" } ?? "–",
            ].joined(separator: " | ") + " |")
        }
        lines.append("")
        for language in CorpusLanguage.allCases {
            let sized = speeds.filter { $0.configuration.language == language }.sorted { $0.megabytes < $1.megabytes }
            guard let smallest = sized.first, let largest = sized.last, sized.count > 1 else { continue }
            let drift = largest.oursSecondsPerMegabyte / smallest.oursSecondsPerMegabyte - 1
            lines.append("scaling \(language.rawValue): \(format(smallest.oursSecondsPerMegabyte, 4)) s/MB at \(smallest.configuration.megabytes) MB, "
                + "\(format(largest.oursSecondsPerMegabyte, 4)) s/MB at \(largest.configuration.megabytes) MB: \(format(drift * 100, 1, signed: true))% "
                + "(target within ±\(format(maximumScalingDrift * 100, 0))%: \(verdict(abs(drift) <= maximumScalingDrift)))")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Formatting

    private static func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }

    private static func format(_ value: Double, _ decimals: Int, width: Int = 0, signed: Bool = false) -> String {
        String(format: "%\(signed ? "+" : "")\(width).\(decimals)f", value)
    }

    /// VmHWM's kB (1024 bytes) as MB (10⁶ bytes), the unit of the input sizes.
    private static func megabytes(kilobytes: Int?) -> String {
        kilobytes.map { format(Double($0) * 1024 / 1_000_000, 1) } ?? "–"
    }

    /// 57143 as "57,143".
    private static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return digits + result
    }
}
