#if canImport(Glibc)
import Glibc
#endif

/// The best (shortest) of several timed runs of the same work, and what the work returned.
public struct Timing {
    /// The shortest run, in seconds.
    public let seconds: Double
    /// What the work returned (sentences or matches found, entries loaded); the same on every run.
    public let result: Int

    /// Runs `work` once to warm up when `warmUp` is set (fill the caches, grow the allocator's
    /// pools), then `runs` times, and keeps the fastest run: the others measure the machine's
    /// noise, not the code.
    public init(runs: Int, warmUp: Bool = true, _ work: () throws -> Int) rethrows {
        let clock = ContinuousClock()
        var expected: Int? = warmUp ? try work() : nil
        var best = Duration.seconds(Int64.max)
        for _ in 0..<runs {
            var result = 0
            let elapsed = try clock.measure { result = try work() }
            precondition(expected == nil || result == expected, "the same input gave \(result) after \(expected ?? 0)")
            expected = result
            best = min(best, elapsed)
        }
        seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        result = expected ?? 0
    }

    /// Throughput over `megabytes` of input.
    public func megabytesPerSecond(_ megabytes: Double) -> Double { megabytes / seconds }
}

/// Memory figures of this process from `/proc/self/status`, in kB (Linux only).
public enum ProcessMemory {
    /// The peak resident set size so far (`VmHWM`): everything the process ever had in RAM at
    /// once, including the inputs and the code and data of the libraries.
    public static var peakKilobytes: Int? { field("VmHWM:") }

    private static func field(_ name: String) -> Int? {
        #if os(Linux)
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            // "VmHWM:\t   42188 kB"
            if text.hasPrefix(name) {
                return Int(text.dropFirst(name.count).filter(\.isNumber))
            }
        }
        return nil
        #else
        return nil
        #endif
    }
}
