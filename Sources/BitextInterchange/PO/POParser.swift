/// One entry of a PO file as written: comments, flags, context, message id and translations.
struct POEntry {
    /// The 1-based line of the entry's first comment or keyword.
    var line: Int
    var extractedComments: [String] = []
    var flags: Set<String> = []
    var context: String?
    var messageID: String?
    var pluralID: String?
    /// `msgstr` is index 0; `msgstr[n]` is index n.
    var translations: [Int: String] = [:]

    var isEmpty: Bool { messageID == nil && context == nil && translations.isEmpty }
    var isHeader: Bool { messageID == "" && context == nil }
}

/// Parses the syntax of a PO file (GNU gettext manual, "The Format of PO Files") into entries:
/// comments (`#.` extracted, `#,` flags; `#|` previous strings, `#:` references and translator
/// comments are skipped), keywords with multi-line strings, plurals, and `#~` obsolete entries,
/// which are skipped. Keywords may be indented.
struct POParser {
    private let file: String
    private var entries: [POEntry] = []
    private var entry: POEntry?
    private var field: Field?

    private enum Field {
        case context, messageID, pluralID, translation(Int)
    }

    /// The entries of a UTF-8 PO file.
    static func parse(_ text: [UInt8], file: String) throws -> [POEntry] {
        var parser = POParser(file: file)
        var lineNumber = 0
        var start = 0
        while start < text.count {
            let end = text[start...].firstIndex(of: 0x0A) ?? text.count
            lineNumber += 1
            var line = text[start..<end]
            // CR LF, and the CR CR LF some converted files have: every trailing CR is line end.
            while line.last == 0x0D { line = line.dropLast() }
            try parser.parseLine(String(decoding: line, as: UTF8.self), number: lineNumber)
            start = end + 1
        }
        try parser.finishEntry(at: lineNumber)
        return parser.entries
    }

    private mutating func parseLine(_ line: String, number: Int) throws {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty {
            if entry?.messageID != nil { try finishEntry(at: number) }
            field = nil
            return
        }
        if trimmed.hasPrefix("#") {
            if let current = entry, !current.translations.isEmpty { try finishEntry(at: number) }
            field = nil
            if trimmed.hasPrefix("#~") || trimmed.hasPrefix("#|") || trimmed.hasPrefix("#:") { return }
            if trimmed.hasPrefix("#.") {
                startEntry(at: number)
                let text = trimmed.dropFirst(2)
                entry!.extractedComments.append(String(text.hasPrefix(" ") ? text.dropFirst() : text))
            } else if trimmed.hasPrefix("#,") {
                startEntry(at: number)
                for flag in trimmed.dropFirst(2).split(separator: ",") {
                    entry!.flags.insert(String(flag).trimmingSpaces())
                }
            }
            return
        }
        if trimmed.hasPrefix("\"") {
            guard let field else {
                throw error(number, "a string line must follow msgctxt, msgid or msgstr")
            }
            let value = try parseString(trimmed, line: number)
            append(value, to: field)
            return
        }
        let keyword = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
        let value = try parseString(trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }, line: number)
        switch keyword {
        case "msgctxt":
            if entry?.messageID != nil { try finishEntry(at: number) }
            startEntry(at: number)
            guard entry!.context == nil else { throw error(number, "the entry has two msgctxt lines") }
            entry!.context = value
            field = .context
        case "msgid":
            if entry?.messageID != nil { try finishEntry(at: number) }
            startEntry(at: number)
            entry!.messageID = value
            field = .messageID
        case "msgid_plural":
            guard entry?.messageID != nil, entry?.pluralID == nil else { throw error(number, "msgid_plural must follow a msgid") }
            entry!.pluralID = value
            field = .pluralID
        case "msgstr":
            guard entry?.messageID != nil else { throw error(number, "msgstr must follow a msgid") }
            guard entry!.pluralID == nil else { throw error(number, "an entry with msgid_plural needs msgstr[0], msgstr[1]…, not msgstr") }
            guard entry!.translations[0] == nil else { throw error(number, "the entry has two msgstr lines") }
            entry!.translations[0] = value
            field = .translation(0)
        case _ where keyword.hasPrefix("msgstr[") && keyword.hasSuffix("]"):
            guard let index = Int(keyword.dropFirst(7).dropLast()), index >= 0 else { throw error(number, "\(keyword) is not msgstr[<number>]") }
            guard entry?.pluralID != nil else { throw error(number, "\(keyword) needs a msgid_plural before it") }
            guard entry!.translations[index] == nil else { throw error(number, "the entry has two \(keyword) lines") }
            entry!.translations[index] = value
            field = .translation(index)
        default:
            throw error(number, "\"\(keyword)\" is not a PO keyword; expected msgctxt, msgid, msgid_plural, msgstr or a comment starting with #")
        }
    }

    private mutating func startEntry(at line: Int) {
        if entry == nil { entry = POEntry(line: line) }
    }

    private mutating func append(_ value: String, to field: Field) {
        switch field {
        case .context: entry!.context! += value
        case .messageID: entry!.messageID! += value
        case .pluralID: entry!.pluralID! += value
        case .translation(let index): entry!.translations[index]! += value
        }
    }

    private mutating func finishEntry(at line: Int) throws {
        defer {
            entry = nil
            field = nil
        }
        guard let current = entry, !current.isEmpty else { return }
        guard current.messageID != nil else {
            throw error(current.line, "the entry has msgctxt but no msgid")
        }
        guard !current.translations.isEmpty else {
            throw error(current.line, "the entry has a msgid but no msgstr; add msgstr \"\" for an untranslated message")
        }
        if current.pluralID != nil, current.translations.keys.sorted() != Array(0..<current.translations.count) {
            throw error(current.line, "the plural forms must be msgstr[0], msgstr[1]… without gaps")
        }
        entries.append(current)
    }

    /// A quoted string with C escapes (`\n \t \r \\ \" \a \b \f \v`, octal `\ooo`, hex `\xhh`);
    /// nothing but spaces may follow the closing quote.
    private func parseString(_ text: Substring, line: Int) throws -> String {
        guard text.first == "\"" else {
            throw error(line, "expected a string in double quotes")
        }
        var bytes: [UInt8] = []
        var iterator = text.utf8.dropFirst().makeIterator()
        var closed = false
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "\"") {
                closed = true
                break
            }
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                continue
            }
            guard let escaped = iterator.next() else { break }
            switch escaped {
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "a"): bytes.append(0x07)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "v"): bytes.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"): bytes.append(escaped)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escaped - UInt8(ascii: "0"))
                var lookahead = iterator
                for _ in 0..<2 {
                    guard let next = lookahead.next(), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
                    value = value * 8 + Int(next - UInt8(ascii: "0"))
                    iterator = lookahead
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                var value = 0
                var digits = 0
                var lookahead = iterator
                while let next = lookahead.next(), let digit = Int(String(UnicodeScalar(next)), radix: 16) {
                    value = value * 16 + digit
                    digits += 1
                    iterator = lookahead
                }
                guard digits > 0 else { throw error(line, "\\x must be followed by hexadecimal digits") }
                bytes.append(UInt8(truncatingIfNeeded: value))
            default:
                throw error(line, "\\\(String(UnicodeScalar(escaped))) is not a PO escape; write \\\\ for a backslash")
            }
        }
        guard closed else {
            throw error(line, "the string has no closing double quote")
        }
        var rest = iterator
        while let byte = rest.next() {
            guard byte == 0x20 || byte == 0x09 else {
                throw error(line, "there is text after the closing quote; write a double quote inside a string as \\\"")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func error(_ line: Int, _ message: String) -> InterchangeError {
        InterchangeError(file: file, line: line, message: message)
    }
}
