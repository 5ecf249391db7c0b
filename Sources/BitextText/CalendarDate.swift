import CICU

/// Dates in other calendars through ICU: the Solar Hijri date Persian readers use.
public enum CalendarDate {
    /// A Gregorian date (month 1–12) as a Solar Hijri date in Persian, such as
    /// 5 January 2022 → «۱۵ دی ۱۴۰۰» (ICU's `fa_IR@calendar=persian`, pattern `d MMMM y`).
    public static func solarHijri(year: Int, month: Int, day: Int) throws -> String {
        try format(year: year, month: month, day: day, locale: "fa_IR@calendar=persian", pattern: "d MMMM y")
    }

    /// A Gregorian date formatted with an ICU pattern in an ICU locale id.
    public static func format(year: Int, month: Int, day: Int, locale: String, pattern: String) throws -> String {
        let patternUnits = Array(pattern.utf16)
        var buffer = [UInt16](repeating: 0, count: 128)
        var status: Int32 = 0
        let length = bitext_icu_format_date(locale, Int32(year), Int32(month), Int32(day), patternUnits, Int32(patternUnits.count),
                                            &buffer, Int32(buffer.count), &status)
        try ICUError.check(status, "formatting \(year)-\(month)-\(day) in \(locale)")
        return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
    }
}
