import CICU

/// A text direction.
public enum TextDirection: Sendable, Equatable {
    case leftToRight, rightToLeft
}

/// The Unicode bidirectional algorithm (UAX #9) run by ICU over one paragraph.
public struct BidiParagraph: Sendable {
    /// A maximal stretch of text at one embedding level, in logical order.
    public struct Run: Sendable, Equatable {
        /// UTF-16 range of the run.
        public let range: Range<Int>
        /// The embedding level: even is left-to-right, odd right-to-left.
        public let level: Int
        /// The run's direction.
        public var direction: TextDirection { level % 2 == 0 ? .leftToRight : .rightToLeft }
    }

    /// The resolved paragraph direction.
    public let direction: TextDirection
    /// The logical runs.
    public let runs: [Run]

    /// Resolves a paragraph; without a direction, it is taken from the first strong character
    /// (left-to-right when there is none).
    public init(_ string: String, direction: TextDirection? = nil) throws {
        let units = Array(string.utf16)
        let level: Int32 = direction.map { $0 == .leftToRight ? 0 : 1 } ?? -1
        var status: Int32 = 0
        guard let handle = bitext_icu_bidi_open(units, Int32(units.count), level, &status) else {
            throw ICUError(status: max(status, 1), operation: "running the bidi algorithm")
        }
        defer { bitext_icu_bidi_close(handle) }
        self.direction = bitext_icu_bidi_paragraph_level(handle) % 2 == 0 ? .leftToRight : .rightToLeft
        var capacity = 16
        var starts: [Int32] = []
        var levels: [Int32] = []
        var count = 0
        repeat {
            starts = [Int32](repeating: 0, count: capacity)
            levels = [Int32](repeating: 0, count: capacity)
            count = Int(bitext_icu_bidi_logical_runs(handle, &starts, &levels, Int32(capacity)))
            if count > capacity { capacity = count }
        } while count > starts.count
        runs = (0..<count).map { index in
            let end = index + 1 < count ? Int(starts[index + 1]) : units.count
            return Run(range: Int(starts[index])..<end, level: Int(levels[index]))
        }
    }

    /// The direction of a text's first strong character, or nil when it has none.
    public static func firstStrongDirection(of string: String) -> TextDirection? {
        let units = Array(string.utf16)
        switch bitext_icu_base_direction(units, Int32(units.count)) {
        case 0: return .leftToRight
        case 1: return .rightToLeft
        default: return nil
        }
    }
}
