import BenchmarkSupport
import Foundation

/// The targets from the issue, and the printed output: one block per measurement, then a
/// Markdown summary table that can be pasted into `Benchmarks/README.md`.
enum Report {
    /// Loading the 100,000-entry glossary (parse and build the matchers) must take under 1 s.
    static let maximumLoadSeconds = 1.0
    /// Matching it over a 10 MB corpus must take under 2 s.
    static let maximumMatchSeconds = 2.0
    /// The size matching is timed at for that target.
    static let targetMegabytes = 10
    /// Time per MB may differ by at most 10% between 10 and 50 MB.
    static let maximumScalingDrift = 0.10

    /// One line of the summary table.
    struct Row {
        var measurement: String
        var input: String
        var timing: Timing?
        var megabytes: Double?
        var found: String
        var target: String
        var met: Bool?

        var cells: [String] {
            [
                measurement, input, timing.map { format($0.seconds, 3) } ?? "–",
                timing.flatMap { timing in megabytes.map { format(timing.megabytesPerSecond($0), 2) } } ?? "–",
                timing.flatMap { timing in megabytes.map { format(timing.seconds / $0, 4) } } ?? "–",
                found, target, met.map(verdict) ?? "–",
            ]
        }
    }

    static func header(runs: Int, entries: Int) -> String {
        var lines = [
            "Glossary benchmark: Glossary(tsvAt:) and Glossary.terms(in:isPersian:) with a generated \(grouped(entries))-entry glossary",
            "load: best of \(runs) runs; matching: best of \(runs) runs after 1 warm-up, one call per paragraph; 1 MB = 10^6 bytes of UTF-8",
        ]
        #if DEBUG
        lines.append("WARNING: debug build; the numbers mean nothing. Build with -c release.")
        #endif
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ rows: [Row]) -> String {
        var lines = [
            "| measurement | input | best s | MB/s | s/MB | found | target | verdict |",
            "|---|---|--:|--:|--:|--:|---|:-:|",
        ]
        for row in rows { lines.append("| " + row.cells.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    // MARK: Formatting

    static func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }

    static func format(_ value: Double, _ decimals: Int, width: Int = 0, signed: Bool = false) -> String {
        String(format: "%\(signed ? "+" : "")\(width).\(decimals)f", value)
    }

    /// VmHWM's kB (1024 bytes) as MB (10⁶ bytes), the unit of the input sizes.
    static func megabytes(kilobytes: Int?) -> String {
        kilobytes.map { format(Double($0) * 1024 / 1_000_000, 1) } ?? "–"
    }

    /// 57143 as "57,143".
    static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return digits + result
    }
}
