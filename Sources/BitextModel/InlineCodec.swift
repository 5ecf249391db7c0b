/// A compact text form of inline content, for storing segments and translations.
///
/// Each element is a tag letter (`t` text, `o` open, `c` close, `p` placeholder), its numbers
/// separated by commas (source start and end, empty when unknown; the verbatim flag for text,
/// the code id for codes), a `;`, then length-prefixed strings (`<UTF-8 length>:<bytes>`): the
/// text, or the code's kind and original markup. Lengths make any character safe in text.
public enum InlineCodec {
    /// The content in stored form.
    public static func encode(_ content: [Inline]) -> String {
        var output = ""
        for element in content {
            switch element {
            case .text(let run):
                output += "t\(number(run.source?.lowerBound)),\(number(run.source?.upperBound)),\(run.isVerbatim ? 1 : 0);"
                append(run.text, to: &output)
            case .open(let code), .close(let code), .placeholder(let code):
                let tag: String
                switch element {
                case .open: tag = "o"
                case .close: tag = "c"
                default: tag = "p"
                }
                output += "\(tag)\(code.id),\(number(code.source?.lowerBound)),\(number(code.source?.upperBound));"
                append(code.kind, to: &output)
                append(code.original, to: &output)
            }
        }
        return output
    }

    /// Content from its stored form; nil when the text is not in that form.
    public static func decode(_ stored: String) -> [Inline]? {
        let bytes = Array(stored.utf8)
        var index = 0
        var result: [Inline] = []

        func readNumbers() -> [Int?]? {
            var numbers: [Int?] = []
            var current: Int?
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): current = (current ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: ","): numbers.append(current); current = nil
                case UInt8(ascii: ";"): numbers.append(current); return numbers
                default: return nil
                }
            }
            return nil
        }

        func readString() -> String? {
            var length = 0
            var sawDigit = false
            while index < bytes.count, bytes[index] != UInt8(ascii: ":") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                length = length * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                sawDigit = true
                index += 1
            }
            guard sawDigit, index < bytes.count, index + 1 + length <= bytes.count else { return nil }
            let string = String(decoding: bytes[(index + 1)..<(index + 1 + length)], as: UTF8.self)
            index += 1 + length
            return string
        }

        func range(_ start: Int?, _ end: Int?) -> Range<Int>? {
            guard let start, let end, end >= start else { return nil }
            return start..<end
        }

        while index < bytes.count {
            let tag = bytes[index]
            index += 1
            guard let numbers = readNumbers(), numbers.count == 3 else { return nil }
            if tag == UInt8(ascii: "t") {
                guard let text = readString() else { return nil }
                result.append(.text(TextRun(text, source: range(numbers[0], numbers[1]), isVerbatim: numbers[2] == 1)))
                continue
            }
            guard let id = numbers[0], let kind = readString(), let original = readString() else { return nil }
            let code = InlineCode(id: id, kind: kind, original: original, source: range(numbers[1], numbers[2]))
            switch tag {
            case UInt8(ascii: "o"): result.append(.open(code))
            case UInt8(ascii: "c"): result.append(.close(code))
            case UInt8(ascii: "p"): result.append(.placeholder(code))
            default: return nil
            }
        }
        return result
    }

    private static func number(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    private static func append(_ string: String, to output: inout String) {
        output += "\(string.utf8.count):"
        output += string
    }
}
