/// PO string literals: C-style escapes and gettext's line wrapping.
enum POString {
    /// The width gettext wraps at (`msgcat --width`, default 79 columns).
    static let width = 79

    /// The lines that write `keyword "value"`: one line when it fits and has no line break
    /// inside, else `keyword ""` followed by pieces that end after each `\n` and break after
    /// spaces to stay within `width`, as `msgcat` does.
    static func lines(keyword: String, value: String) -> [String] {
        let logicalLines = splitAfterNewlines(value)
        let single = keyword + " \"" + escape(value) + "\""
        if logicalLines.count <= 1, columns(single) <= width {
            return [single]
        }
        var lines = [keyword + " \"\""]
        for logical in logicalLines {
            lines += wrap(logical).map { "\"" + $0 + "\"" }
        }
        return lines
    }

    /// The value with `\`, `"` and control characters escaped.
    static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{0B}": result += "\\v"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let octal = String(scalar.value, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits after every line feed, keeping it with the line it ends.
    private static func splitAfterNewlines(_ value: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in value.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Escaped pieces of one logical line, broken after spaces so each quoted piece fits.
    private static func wrap(_ line: String) -> [String] {
        let limit = width - 2
        var pieces: [String] = []
        var piece = ""
        var pieceColumns = 0
        var breakAfterSpace: (offset: Int, columns: Int)?
        for character in line {
            let escaped = escape(String(character))
            let added = columns(escaped)
            if pieceColumns + added > limit, let split = breakAfterSpace {
                let bytes = Array(piece.utf8)
                pieces.append(String(decoding: bytes[..<split.offset], as: UTF8.self))
                piece = String(decoding: bytes[split.offset...], as: UTF8.self)
                pieceColumns -= split.columns
                breakAfterSpace = nil
            }
            piece += escaped
            pieceColumns += added
            if character == " " { breakAfterSpace = (piece.utf8.count, pieceColumns) }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Display columns, counting a character as one column (enough for wrapping).
    private static func columns(_ text: String) -> Int {
        text.count
    }
}
