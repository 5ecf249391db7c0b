import CICU

/// An ICU regular expression over UTF-16 text (ICU syntax: `\p{Lu}`, bounded look-behind…).
///
/// A compiled pattern holds its subject text; it is not safe to share between threads.
public final class ICURegex {
    /// ICU's UREGEX_* flags.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: 2)
        public static let comments = Options(rawValue: 4)
        public static let dotAll = Options(rawValue: 32)
        public static let multiline = Options(rawValue: 8)
    }

    private let handle: UnsafeMutableRawPointer
    /// The pattern as written, for error messages.
    public let pattern: String
    private var subject: [UInt16] = []

    /// Compiles a pattern; a syntax error names the offset in the pattern.
    public init(_ pattern: String, options: Options = []) throws {
        self.pattern = pattern
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let opened = bitext_icu_regex_open(units, Int32(units.count), options.rawValue, &line, &offset, &status)
        if status > 0 || opened == nil {
            var error = ICUError(status: max(status, 1), operation: "compiling regular expression \(pattern)")
            error.line = line
            error.offset = offset
            throw error
        }
        handle = opened!
    }

    deinit { bitext_icu_regex_close(handle) }

    /// Sets the text to match against.
    public func setSubject(_ units: [UInt16]) {
        subject = units
        var status: Int32 = 0
        subject.withUnsafeBufferPointer { buffer in
            // ICU needs a non-null pointer even for empty text.
            var empty: UInt16 = 0
            if buffer.count == 0 {
                bitext_icu_regex_set_text(handle, &empty, 0, &status)
            } else {
                bitext_icu_regex_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
            }
        }
    }

    /// Whether the pattern matches a prefix of `subject[start..<limit]` (anchored at `start`).
    public func matchesPrefix(from start: Int, limit: Int) -> Bool {
        var status: Int32 = 0
        bitext_icu_regex_set_region(handle, Int32(start), Int32(limit), &status)
        return bitext_icu_regex_looking_at(handle, &status) == 1 && status <= 0
    }

    /// Whether some match of the pattern ends exactly at `limit`, looking no further back than
    /// `start`. The pattern must be compiled with a trailing `$` (see `SRX` rules).
    public func matchesSuffix(from start: Int, limit: Int) -> Bool {
        var status: Int32 = 0
        bitext_icu_regex_set_region(handle, Int32(start), Int32(limit), &status)
        // find(start) would reset the region to the whole text; findNext keeps it.
        return bitext_icu_regex_find(handle, -1, &status) == 1 && status <= 0
    }

    /// The UTF-16 ranges of all non-overlapping matches in the subject.
    public func matches() -> [Range<Int>] {
        var status: Int32 = 0
        bitext_icu_regex_set_region(handle, 0, Int32(subject.count), &status)
        var result: [Range<Int>] = []
        var found = bitext_icu_regex_find(handle, 0, &status)
        while found == 1 && status <= 0 {
            let start = Int(bitext_icu_regex_start(handle, 0, &status))
            let end = Int(bitext_icu_regex_end(handle, 0, &status))
            result.append(start..<end)
            found = bitext_icu_regex_find(handle, -1, &status)
        }
        return result
    }
}
