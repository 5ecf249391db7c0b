import BitextModel

/// A bilingual plain-text edition: numbered pairs, each language on its own lines, so that
/// any text viewer shows it right.
///
/// Every line in a right-to-left language starts with U+200F RIGHT-TO-LEFT MARK: plain-text
/// viewers take a line's direction from its first strong character, and a Persian line that
/// opens with a Latin name or a digit would otherwise be laid out left to right (UAX #9, P2–P3).
public enum BilingualText {
    /// The marker shown where a segment has no translation yet.
    public static let untranslated = "[not translated yet]"

    /// The edition's text, with `lineEnd` ("\n" or "\r\n", as the source used).
    public static func render(_ edition: BilingualEdition, lineEnd: String = "\n") -> String {
        var output = ""
        let width = String(edition.rows.count).count
        for (index, row) in edition.rows.enumerated() {
            let number = String(index + 1)
            let label = String(repeating: " ", count: width - number.count) + number + ". "
            let indent = String(repeating: " ", count: label.count)
            output += label + line(row.source, in: edition.sourceLanguage) + lineEnd
            output += indent + line(row.target ?? untranslated, in: edition.targetLanguage) + lineEnd
            output += lineEnd
        }
        return output
    }

    private static func line(_ text: String, in language: LanguageTag) -> String {
        // A line break inside a segment would start a line without its mark.
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }).joined(separator: " ")
        return language.isRightToLeft ? "\u{200F}" + flat : flat
    }
}
