import BitextModel

/// A glossary hint as one line of text for PO comments, XLIFF 1.2 notes and the CSV `terms`
/// column: `term → translation`, then ` — note` when the hint has one.
enum TermHintText {
    static let arrow = " → "
    static let noteSeparator = " — "

    /// The hint as a line.
    static func format(_ hint: TermHint) -> String {
        var text = hint.source + arrow + hint.target
        if let note = hint.note { text += noteSeparator + note }
        return text
    }

    /// Reads a line written by `format`; nil when it has no arrow.
    static func parse(_ text: Substring) -> TermHint? {
        guard let arrowRange = text.firstRange(of: arrow) else { return nil }
        let source = text[..<arrowRange.lowerBound]
        let rest = text[arrowRange.upperBound...]
        if let noteRange = rest.firstRange(of: noteSeparator) {
            return TermHint(source: String(source), target: String(rest[..<noteRange.lowerBound]), note: String(rest[noteRange.upperBound...]))
        }
        return TermHint(source: String(source), target: String(rest))
    }
}
