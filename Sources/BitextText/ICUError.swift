import CICU

/// A failure reported by ICU, with ICU's name for the status and what Bitext was doing.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's status code (a `UErrorCode` value).
    public let status: Int32
    /// What Bitext asked ICU to do when it failed.
    public let operation: String
    /// For rule and pattern syntax errors, the line and offset ICU reported.
    public var line: Int32 = 0
    public var offset: Int32 = 0

    public var description: String {
        let name = String(cString: bitext_icu_error_name(status))
        if line > 0 || offset > 0 {
            return "\(operation): \(name) at line \(line), offset \(offset)"
        }
        return "\(operation): \(name)"
    }

    /// Throws when `status` is an ICU failure (positive); warnings (negative) are success.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(status: status, operation: operation()) }
    }
}

/// The ICU library Bitext is running on.
public enum ICU {
    /// The ICU version string, such as "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        bitext_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Converts a BCP 47 language tag ("fa-IR") to the ICU locale id ICU expects ("fa_IR").
    public static func localeID(forLanguageTag tag: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: 157)
        var status: Int32 = 0
        var parsed: Int32 = 0
        let length = bitext_icu_locale_for_language_tag(tag, &buffer, Int32(buffer.count), &parsed, &status)
        try ICUError.check(status, "converting language tag \(tag)")
        // ICU quietly returns the root locale for what it cannot parse; a tag must parse whole.
        guard !tag.isEmpty, Int(parsed) == tag.utf8.count else {
            throw ICUError(status: 1 /* U_ILLEGAL_ARGUMENT_ERROR */, operation: "converting language tag '\(tag)'")
        }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
