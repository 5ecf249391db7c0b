/// Character classes of XML 1.0 (Fifth Edition) on UTF-8 bytes and scalars.
public enum XMLSyntax {
    /// `S` (§2.3): space, tab, line feed, carriage return.
    public static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A byte that may start a name: ASCII letters, `_`, `:` and any non-ASCII byte (§2.3
    /// `NameStartChar` allows nearly all non-ASCII letters; the few non-ASCII symbols it excludes
    /// are not worth a table here, since the file is refused later if the name is unknown).
    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    /// A byte that may continue a name (`NameChar`): also digits, `-` and `.`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    /// `Char` (§2.2): the scalars an XML 1.0 document may contain at all.
    public static func isCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Whether a string is an `Nmtoken` (§2.3), the type of XLIFF ids.
    public static func isNameToken(_ string: String) -> Bool {
        !string.isEmpty && string.utf8.allSatisfy(isNameByte)
    }

    /// Whether a string is a `Name` (§2.3) without a colon (an NCName, as XML Namespaces requires of prefixes).
    static func isNCName(_ string: String) -> Bool {
        guard let first = string.utf8.first, isNameStart(first), first != 0x3A else { return false }
        return string.utf8.allSatisfy { isNameByte($0) && $0 != 0x3A }
    }
}

extension XMLSyntax {
    /// A code point as Unicode writes it (`U+000B`), for messages.
    public static func codePointName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }
}
