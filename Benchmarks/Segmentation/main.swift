import BenchmarkSupport
// The segmentation benchmark: run by hand in a release build (see Benchmarks/README.md). It
// prints its measurements against the targets; it never fails on a missed target.
import Foundation

/// Prints a message for the person at the terminal on standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("SegmentationBenchmark: \(error)\n\n\(BenchmarkOptions.usage)")
    exit(2)
}

do {
    if options.showHelp {
        print(BenchmarkOptions.usage)
    } else if options.memoryOnly {
        let configurations = options.configurations
        if configurations.count == 1 {
            let measurement = try MemoryMeasurement(inThisProcess: configurations[0])
            print(Report.memory(measurement))
            print(measurement.summaryLine)
        } else {
            for configuration in configurations {
                print(Report.memory(try MemoryMeasurement(inChildProcess: configuration)))
            }
        }
    } else {
        print(Report.header(runs: options.runs))
        var speeds: [SpeedMeasurement] = []
        for configuration in options.configurations {
            let measurement = try SpeedMeasurement(configuration, runs: options.runs)
            print(Report.speed(measurement))
            speeds.append(measurement)
        }
        var memories: [MemoryMeasurement] = []
        if ProcessMemory.peakKilobytes == nil {
            print("Peak memory: not measured (VmHWM comes from /proc/self/status, on Linux only).")
        } else {
            print("Peak memory, each corpus segmented in a fresh process (--memory-only):")
            for configuration in options.configurations {
                let measurement = try MemoryMeasurement(inChildProcess: configuration)
                print("  " + Report.memory(measurement))
                memories.append(measurement)
            }
        }
        print("")
        print(Report.summary(speeds: speeds, memories: memories))
    }
} catch {
    printError("SegmentationBenchmark: \(error)")
    exit(1)
}
