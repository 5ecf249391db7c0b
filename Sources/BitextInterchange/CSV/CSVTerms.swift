import BitextModel

/// The `terms` column: hints as `term → translation` (see `TermHintText`) separated by `; `,
/// with `;` and `\` inside a hint escaped by a backslash.
enum CSVTerms {
    static func format(_ hints: [TermHint]) -> String {
        hints.map { hint in
            TermHintText.format(hint).reduce(into: "") { result, character in
                if character == ";" || character == "\\" { result.append("\\") }
                result.append(character)
            }
        }.joined(separator: "; ")
    }

    /// The hints of a `terms` field; parts without an arrow are skipped.
    static func parse(_ field: String) -> [TermHint] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in field {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.compactMap { part in
            let trimmed = part.hasPrefix(" ") ? part.dropFirst() : Substring(part)
            return trimmed.isEmpty ? nil : TermHintText.parse(trimmed)
        }
    }
}
