/// The PO header entry (`msgid ""`): `Field: value` lines, Bitext's `X-Bitext-*` fields, the
/// charset and the number of plural forms.
enum POHeader {
    static let document = "X-Bitext-Document"
    static let original = "X-Bitext-Original"
    static let version = "X-Bitext-Version"
    static let sourceFormat = "X-Bitext-Source-Format"
    static let sourceLanguage = "X-Bitext-Source-Language"

    /// A field value on one line (a header field cannot span lines).
    static func singleLine(_ value: String) -> String {
        String(value.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// The `Field: value` pairs of a header, in order (a line without a colon is skipped, as
    /// gettext does).
    static func fields(_ header: String) -> [(name: String, value: String)] {
        header.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            return (String(line[..<colon]).trimmingSpaces(), String(value).trimmingSpaces())
        }
    }

    /// The charset the header declares in `Content-Type: text/plain; charset=…`, found in the raw
    /// bytes before the second entry, since the rest of the file can only be decoded once it is known.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let end = secondEntryStart(bytes) ?? bytes.count
        let key = Array("charset=".utf8)
        guard end >= key.count,
              let start = (0...(end - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) })
        else { return nil }
        let value = bytes[(start + key.count)..<end]
            .drop { $0 == 0x20 || $0 == 0x09 }
            .prefix { ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: ";")].contains($0) }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// `nplurals` of `Plural-Forms`, when it is a number (templates say `nplurals=INTEGER`).
    static func pluralCount(_ fields: [(name: String, value: String)]) -> Int? {
        guard let forms = fields.first(where: { $0.name.lowercased() == "plural-forms" })?.value,
              let range = forms.firstRange(of: "nplurals=") else { return nil }
        return Int(forms[range.upperBound...].prefix { $0.isNumber })
    }

    private static func secondEntryStart(_ bytes: [UInt8]) -> Int? {
        let keyword = Array("msgid".utf8)
        var seen = 0
        var index = 0
        while index + keyword.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A), bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                seen += 1
                if seen == 2 { return index }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
