/// A unit's kind and notes as the lines of a PO extracted comment or the CSV `context` column:
/// the kind alone on the first line (`paragraph`), then each note as `Note: …` with its line
/// breaks written as `\n` (and backslashes doubled), so notes and kind read back apart.
enum UnitContext {
    static let notePrefix = "Note: "

    /// The lines for a unit.
    static func lines(kind: String?, notes: [String]) -> [String] {
        var lines: [String] = []
        if let kind { lines.append(kind) }
        for note in notes {
            lines.append(notePrefix + note.replacingBackslashesAndNewlines())
        }
        return lines
    }

    /// Reads lines back: `Note: ` lines are notes, the first other line is the kind when it is
    /// one word (what Bitext writes), and any other line is a note written by someone else.
    static func parse(_ lines: [Substring]) -> (kind: String?, notes: [String]) {
        var kind: String?
        var notes: [String] = []
        for (index, line) in lines.enumerated() {
            if line.hasPrefix(notePrefix) {
                notes.append(String(line.dropFirst(notePrefix.count)).restoringBackslashesAndNewlines())
            } else if index == 0, !line.isEmpty, !line.contains(where: \.isWhitespace) {
                kind = String(line)
            } else if !line.isEmpty {
                notes.append(String(line))
            }
        }
        return (kind, notes)
    }
}

extension String {
    fileprivate func replacingBackslashesAndNewlines() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r\n": result += "\\r\\n"
            case "\r": result += "\\r"
            default: result.append(character)
            }
        }
        return result
    }

    fileprivate func restoringBackslashesAndNewlines() -> String {
        var result = ""
        var escaped = false
        for character in self {
            if escaped {
                switch character {
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result += "\\" }
        return result
    }
}
