import CICU

/// An ICU break iterator: finds sentence, word, line or character boundaries in UTF-16 text.
///
/// One iterator can be reused for many texts (opening one is the expensive part); it is not
/// safe to share between threads.
public final class BreakIterator {
    /// The kind of boundary an iterator finds.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    private let handle: UnsafeMutableRawPointer
    /// The text being iterated; ICU keeps a pointer into it.
    private var text: [UInt16] = []

    /// Opens an iterator for an ICU locale id (`en_US@ss=standard` turns on ICU's abbreviation
    /// suppressions for sentences).
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let opened = bitext_icu_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "opening \(kind) break iterator for \(locale)")
        guard let opened else { throw ICUError(status: 1, operation: "opening break iterator for \(locale)") }
        handle = opened
    }

    deinit { bitext_icu_break_close(handle) }

    /// All boundaries in the text as UTF-16 offsets, including 0 and the text's length.
    public func boundaries(in units: [UInt16]) throws -> [Int] {
        text = units
        var status: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            bitext_icu_break_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
        }
        try ICUError.check(status, "setting break iterator text")
        var result: [Int] = [Int(bitext_icu_break_first(handle))]
        var chunk = [Int32](repeating: 0, count: 256)
        while true {
            let count = Int(chunk.withUnsafeMutableBufferPointer {
                bitext_icu_break_next_many(handle, $0.baseAddress, Int32($0.count))
            })
            for index in 0..<count { result.append(Int(chunk[index])) }
            if count < chunk.count { break }
        }
        return result
    }

    /// All boundaries in a string as UTF-16 offsets.
    public func boundaries(in string: String) throws -> [Int] {
        try boundaries(in: Array(string.utf16))
    }

    /// The word-like pieces of a text: the spans between word boundaries that ICU classifies
    /// as letters, numbers, kana or ideographs (not spaces or punctuation).
    public func words(in units: [UInt16]) throws -> [Range<Int>] {
        text = units
        var status: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            bitext_icu_break_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
        }
        try ICUError.check(status, "setting break iterator text")
        var result: [Range<Int>] = []
        var start = Int(bitext_icu_break_first(handle))
        while true {
            let end = Int(bitext_icu_break_next(handle))
            if end < 0 { break }
            // UBRK_WORD_NONE is [0, 100); every other status marks a word-like piece.
            if bitext_icu_break_rule_status(handle) >= 100 { result.append(start..<end) }
            start = end
        }
        return result
    }
}
