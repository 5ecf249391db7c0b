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
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else {
            return value
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): result += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\""): result += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case 0x0A: result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x09: result += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0D: result += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x07: result += [UInt8(ascii: "\\"), UInt8(ascii: "a")]
            case 0x08: result += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: result += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0B: result += [UInt8(ascii: "\\"), UInt8(ascii: "v")]
            case _ where byte < 0x20 || byte == 0x7F:
                let octal = Array(String(byte, radix: 8).utf8)
                result += [UInt8(ascii: "\\")] + Array(repeating: UInt8(ascii: "0"), count: 3 - octal.count) + octal
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
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

    /// Escaped pieces of one logical line, broken after spaces so each quoted piece fits; an
    /// escape sequence never contains a space, so breaking the escaped text cannot split one.
    private static func wrap(_ line: String) -> [String] {
        let limit = width - 2
        var pieces: [String] = []
        var piece: [UInt8] = []
        var pieceColumns = 0
        var breakAfterSpace: (offset: Int, columns: Int)?
        for scalar in escape(line).unicodeScalars {
            let columns = width(of: scalar)
            if pieceColumns + columns > limit, let split = breakAfterSpace {
                pieces.append(String(decoding: piece[..<split.offset], as: UTF8.self))
                piece.removeSubrange(..<split.offset)
                pieceColumns -= split.columns
                breakAfterSpace = nil
            }
            piece += scalar.utf8
            pieceColumns += columns
            if scalar == " " { breakAfterSpace = (piece.count, pieceColumns) }
        }
        if !piece.isEmpty { pieces.append(String(decoding: piece, as: UTF8.self)) }
        return pieces
    }

    /// Display columns as gettext counts them closely enough for wrapping: one per scalar, none
    /// for zero-width joiners and Arabic-script vowel marks (cheaper than grapheme breaking).
    private static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x200B...0x200F, 0x064B...0x065F, 0x0670: return 0
        default: return 1
        }
    }
}
