import Foundation
import BitextText

/// Opt-in localizations of Persian output: Persian digits, and Solar Hijri dates.
public enum PersianLocalization {
    /// The text with ASCII and Arabic-Indic digits as Persian digits, the decimal point and
    /// thousands comma between digits as ٫ and ٬, and % after a digit as ٪. Words that hold
    /// Latin letters, a URL or an e-mail address ("COVID-19", "https://…/2022") keep theirs.
    public static func persianDigits(_ text: String) -> String {
        var output = ""
        for (position, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if position > 0 { output += " " }
            let keeps = word.unicodeScalars.contains { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) || $0 == "@" || $0 == "/" }
            guard !keeps else {
                output += word
                continue
            }
            let scalars = Array(word.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                let previousIsDigit = index > 0 && digit(scalars[index - 1]) != nil
                let nextIsDigit = index + 1 < scalars.count && digit(scalars[index + 1]) != nil
                if let value = digit(scalar) {
                    output.unicodeScalars.append(Unicode.Scalar(0x6F0 + value)!)
                } else if scalar == "." && previousIsDigit && nextIsDigit {
                    output += "٫"
                } else if scalar == "," && previousIsDigit && nextIsDigit {
                    output += "٬"
                } else if scalar == "%" && previousIsDigit {
                    output += "٪"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// A Gregorian date written in Persian («۵ ژانویه ۲۰۲۲»), where it is in the text.
    public struct DateMatch: Sendable, Equatable {
        /// The UTF-8 byte range of the date in the text.
        public var range: Range<Int>
        public var year: Int
        public var month: Int
        public var day: Int
        /// The date as written.
        public var original: String
        /// The Solar Hijri date («۱۵ دی ۱۴۰۰»).
        public var solarHijri: String
        /// The ISO date (2022-01-05), for `<time datetime>`.
        public var iso: String {
            String(format: "%04d-%02d-%02d", year, month, day)
        }
    }

    /// The Persian names of the Gregorian months, with the variants newsrooms use.
    static let months: [(String, Int)] = [
        ("ژانویه", 1), ("ژانویهٔ", 1), ("فوریه", 2), ("فوریهٔ", 2), ("مارس", 3), ("آوریل", 4), ("مه", 5), ("مهٔ", 5), ("می", 5),
        ("ژوئن", 6), ("ژوئیه", 7), ("ژوئیهٔ", 7), ("جولای", 7), ("اوت", 8), ("آگوست", 8), ("سپتامبر", 9), ("اکتبر", 10),
        ("نوامبر", 11), ("دسامبر", 12),
    ]

    /// Gregorian dates in Persian text (day, month name, four-digit year) with their Solar
    /// Hijri rendering. A day that does not exist in its month is not a date.
    public static func gregorianDates(in text: String) -> [DateMatch] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var result: [DateMatch] = []
        let monthNumbers = Dictionary(months, uniquingKeysWith: { first, _ in first })
        var index = 0
        while index + 2 < words.count {
            let dayWord = words[index].drop { !($0.unicodeScalars.first.map { digit($0) != nil } ?? false) }
            guard let day = number(dayWord), (1...31).contains(day), let month = monthNumbers[String(words[index + 1])] else {
                index += 1
                continue
            }
            let yearWord = words[index + 2].prefix { $0.unicodeScalars.first.map { digit($0) != nil } ?? false }
            guard yearWord.count == 4, let year = number(yearWord), day <= daysIn(month: month, year: year),
                  let solar = try? CalendarDate.solarHijri(year: year, month: month, day: day) else {
                index += 1
                continue
            }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: dayWord.startIndex)
            let end = text.utf8.distance(from: text.utf8.startIndex, to: yearWord.endIndex)
            result.append(DateMatch(range: start..<end, year: year, month: month, day: day,
                                    original: String(text[dayWord.startIndex..<yearWord.endIndex]), solarHijri: solar))
            index += 3
        }
        return result
    }

    /// The text with every Gregorian date replaced by its Solar Hijri date.
    public static func solarHijriDates(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for match in gregorianDates(in: text).reversed() {
            bytes.replaceSubrange(match.range, with: Array(match.solarHijri.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func digit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x6F0...0x6F9: return scalar.value - 0x6F0
        case 0x660...0x669: return scalar.value - 0x660
        default: return nil
        }
    }

    private static func number(_ word: Substring) -> Int? {
        guard !word.isEmpty else { return nil }
        var value = 0
        for scalar in word.unicodeScalars {
            guard let digit = digit(scalar) else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
