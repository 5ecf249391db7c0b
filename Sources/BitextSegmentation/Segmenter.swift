import BitextModel
import BitextText
import Foundation

/// Splits text into sentences for one language: ICU's sentence boundaries, refined by the
/// language's SRX rules, its abbreviation list and Bitext's rules for lists, quotations and
/// paragraph breaks.
///
/// A boundary is only ever placed after sentence-ending punctuation followed by whitespace
/// (or before a list marker, or at a blank line): a capital letter after a missing full stop
/// never splits a sentence. Not safe to share between threads; make one per thread.
public final class Segmenter {
    /// The language whose rules this segmenter applies.
    public let language: LanguageTag
    private let breaker: BreakIterator
    private let rules: [(rule: SegmentationRule, regex: ICURegex)]
    private let abbreviations: AbbreviationList
    private let sentenceStarters: Set<String>
    /// Persian (and other caseless scripts) cannot tell a new sentence by a capital letter, so
    /// quotations and parentheses are read by where they open.
    private let isCaseless: Bool

    /// Builds a segmenter from rules already loaded.
    public init(language: LanguageTag, rules: [SegmentationRule], abbreviations: AbbreviationList,
                sentenceStarters: Set<String> = []) throws {
        self.language = language
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
        isCaseless = ["fa", "ar", "ur", "ps", "ckb", "he"].contains(language.language)
        let locale = try ICU.localeID(forLanguageTag: language.value)
        // ss=standard turns on ICU's own abbreviation suppressions ("Mr. Smith").
        breaker = try BreakIterator(.sentence, locale: locale + "@ss=standard")
        self.rules = try rules.map { rule in
            do {
                return (rule, try ICURegex("(?:\(rule.beforeBreak))(?=\(rule.afterBreak))"))
            } catch {
                throw SegmentationError(message: "segmentation rule before '\(rule.beforeBreak)' after '\(rule.afterBreak)': \(error)")
            }
        }
    }

    /// Loads the rules of `locales/<language>/` (see `LocaleData`).
    public convenience init(language: LanguageTag, locales: LocaleData = .shared) throws {
        let data = try locales.segmentationData(for: language)
        try self.init(language: language, rules: data.rules, abbreviations: data.abbreviations, sentenceStarters: data.sentenceStarters)
    }

    // MARK: Segmenting

    /// Splits every block of a document into segments and gives them stable ids.
    public func segment(_ document: inout Document) {
        for index in document.blocks.indices {
            let block = document.blocks[index]
            document.blocks[index].segments = block.splitting(atPlainTextRanges: sentences(in: block.segmentationText))
        }
        StableID.assign(to: &document.blocks)
    }

    /// The sentences of a text as UTF-8 byte ranges, without the whitespace around them.
    public func sentences(in text: String) -> [Range<Int>] {
        let units = Segmenter.utf16(text)
        guard !units.isEmpty else { return [] }
        let breaks = breakPositions(in: units)
        var ranges: [Range<Int>] = []
        var start = 0
        for end in breaks + [units.count] {
            var lower = start
            var upper = end
            while lower < upper && Segmenter.isSpace(units[lower]) { lower += 1 }
            while upper > lower && Segmenter.isSpace(units[upper - 1]) { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
            start = end
        }
        let offsets = UTF16Text(units: units).utf8Offsets(forSortedUTF16Offsets: ranges.flatMap { [$0.lowerBound, $0.upperBound] })
        return stride(from: 0, to: offsets.count, by: 2).map { offsets[$0]..<offsets[$0 + 1] }
    }

    /// The sentences of a text as strings.
    public func sentenceStrings(in text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return sentences(in: text).map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    /// The text's UTF-16 code units. Read through the scalars: `Array(text.utf16)` would make
    /// the string keep UTF-16 index data for the rest of its life.
    static func utf16(_ text: String) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x10000 {
                units.append(UInt16(scalar.value))
            } else {
                let value = scalar.value - 0x10000
                units.append(UInt16(0xD800 + (value >> 10)))
                units.append(UInt16(0xDC00 + (value & 0x3FF)))
            }
        }
        return units
    }

    /// Break positions (UTF-16 offsets, ascending, inside the text).
    private func breakPositions(in units: [UInt16]) -> [Int] {
        let count = units.count
        // ICU's boundaries, moved back over the whitespace that ICU leaves at a sentence's end,
        // so that they meet the SRX convention (break between the punctuation and the space).
        var icu = Set<Int>()
        for boundary in (try? breaker.boundaries(in: units)) ?? [] where boundary > 0 && boundary < count {
            var position = boundary
            while position > 0 && Segmenter.isSpace(units[position - 1]) { position -= 1 }
            if position > 0 { icu.insert(position) }
        }
        // The first SRX rule that matches at a position decides it.
        var decided: [Int: Bool] = [:]
        for (rule, regex) in rules {
            regex.setSubject(units)
            for match in regex.matches() where decided[match.upperBound] == nil {
                decided[match.upperBound] = rule.isBreak
            }
        }
        let structure = StructureRules(units: units, isCaseless: isCaseless)
        var candidates = icu.union(decided.filter { $0.value }.keys).union(structure.forcedBreaks)
        if isCaseless {
            // ICU does not end sentences at an ellipsis; in Persian the verb before it decides.
            for position in 1..<count where units[position - 1] == 0x2026 || units[position - 1] == 0x2E { candidates.insert(position) }
        }

        var result: [Int] = []
        for position in candidates.sorted() where position > 0 && position < count {
            if structure.forcedBreaks.contains(position) {
                result.append(position)
                continue
            }
            // Sentence-ending punctuation is followed by whitespace; "3.5", "U.S.A" and
            // "example.org" are not boundaries.
            guard !Segmenter.isSpace(units[position - 1]), Segmenter.isSpace(units[position]) else { continue }
            if structure.suppressed.contains(position) { continue }
            if let rule = decided[position] {
                if rule { result.append(position) }
                continue
            }
            if structure.isInsideQuotation(position) || structure.closesEmbeddedQuotation(position) { continue }
            if let verdict = abbreviationVerdict(at: position, in: units) {
                if verdict { result.append(position) }
                continue
            }
            if isCaseless, let verdict = PersianRules.ellipsisVerdict(at: position, in: units) {
                if verdict { result.append(position) }
                continue
            }
            if icu.contains(position) { result.append(position) }
        }
        return result
    }

    /// Whether a sentence ends after the word before `position` when that word is an
    /// abbreviation; nil when it is not one.
    private func abbreviationVerdict(at position: Int, in units: [UInt16]) -> Bool? {
        // Only a word ending in a dot (perhaps inside closing quotes or brackets) can be one.
        var end = position
        while end > 0 && Segmenter.closers.contains(units[end - 1]) { end -= 1 }
        guard end > 0, units[end - 1] == 0x2E else { return nil }
        var start = end
        while start > 0 && !Segmenter.isSpace(units[start - 1]) { start -= 1 }
        while start < end && Segmenter.openers.contains(units[start]) { start += 1 }
        let word = String(decoding: units[start..<end], as: UTF16.self)
        if abbreviations.neverEnding.contains(word) { return false }
        if abbreviations.canEnd.contains(word) {
            guard let next = nextWord(after: position, in: units) else { return true }
            if isCaseless && !(next.unicodeScalars.first.map { $0.properties.isUppercase } ?? false) {
                // Without capitals, only the end of the text shows that the sentence ended.
                return false
            }
            return sentenceStarters.contains(next)
        }
        // A single letter with a dot is an initial ("Jonas E. Smith") or, in Persian, an
        // abbreviation ("پ. م.", "خ. انقلاب").
        if isCaseless && end - start == 2, let scalar = Unicode.Scalar(units[start]), scalar.properties.isAlphabetic, !scalar.isASCII {
            return nextWord(after: position, in: units) == nil
        }
        return nil
    }

    /// Quotation marks and brackets that may close around an abbreviation: ) ] } » ” ’ " '.
    private static let closers: Set<UInt16> = [0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x2019, 0x22, 0x27]
    /// Quotation marks and brackets that may open before a word: ( [ { « “ ‘ " '.
    private static let openers: Set<UInt16> = [0x28, 0x5B, 0x7B, 0xAB, 0x201C, 0x2018, 0x22, 0x27]

    private func nextWord(after position: Int, in units: [UInt16]) -> String? {
        var start = position
        while start < units.count && Segmenter.isSpace(units[start]) { start += 1 }
        guard start < units.count else { return nil }
        var end = start
        while end < units.count && !Segmenter.isSpace(units[end]) { end += 1 }
        let scalars = String(decoding: units[start..<end], as: UTF16.self).unicodeScalars.drop { "([{«“‘\"'".unicodeScalars.contains($0) }
        return String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic || $0 == "’" || $0 == "'" }))
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x0A || unit == 0x0D || unit == 0x09 || unit == 0x0C || unit == 0x0B || unit == 0xA0
            || unit == 0x2028 || unit == 0x2029 || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x202F || unit == 0x3000
    }
}
