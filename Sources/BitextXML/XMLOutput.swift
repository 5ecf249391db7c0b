/// The bytes of an XML document being written, with the escaping XML 1.0 needs.
///
/// Writers build markup with `markup` and put every value through `text` or `attribute`, so no
/// string from a document reaches the file unescaped.
public struct XMLOutput {
    /// What to do with a scalar XML 1.0 does not allow at all (most C0 controls, U+FFFE, U+FFFF).
    public enum InvalidCharacters: Sendable {
        /// Write XLIFF 2's `<cp hex="…"/>` (XLIFF 2.1, "Code Point"), so the text survives exactly.
        case codePointElement
        /// Write U+FFFD: the format has no way to carry the character.
        case replacementCharacter
    }

    /// The document so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []

    /// An empty document with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup written by the writer itself (tag names, fixed attributes, line breaks).
    public mutating func markup(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// Appends a line break and two spaces per level (the pretty-printing of element-only content).
    public mutating func newline(indent level: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    /// Appends `<name a="v"…>text</name>`, attributes and text escaped: the shape of most
    /// leaf elements (notes, metadata, terms).
    public mutating func textElement(_ name: String, attributes: [(String, String)] = [], text: String) {
        markup("<" + name)
        for (attributeName, value) in attributes { attribute(attributeName, value) }
        markup(">")
        self.text(text)
        markup("</" + name + ">")
    }

    /// Appends ` name="value"` with the value escaped; tabs and line breaks become character
    /// references, because a parser turns them into spaces otherwise (XML 1.0 §3.3.3).
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": bytes.append(contentsOf: "&amp;".utf8)
            case "<": bytes.append(contentsOf: "&lt;".utf8)
            case ">": bytes.append(contentsOf: "&gt;".utf8)
            case "\"": bytes.append(contentsOf: "&quot;".utf8)
            case "\t": bytes.append(contentsOf: "&#9;".utf8)
            case "\n": bytes.append(contentsOf: "&#10;".utf8)
            case "\r": bytes.append(contentsOf: "&#13;".utf8)
            default: append(scalar, invalid: .replacementCharacter)
            }
        }
        bytes.append(0x22)
    }

    /// Appends character data with `&`, `<`, `>` escaped and CR written as `&#13;` (a parser
    /// would turn a literal CR into LF, XML 1.0 §2.11).
    public mutating func text(_ string: String, invalid: InvalidCharacters = .replacementCharacter) {
        let utf8 = string.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == 0xEF }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": bytes.append(contentsOf: "&amp;".utf8)
            case "<": bytes.append(contentsOf: "&lt;".utf8)
            case ">": bytes.append(contentsOf: "&gt;".utf8)
            case "\r": bytes.append(contentsOf: "&#13;".utf8)
            default: append(scalar, invalid: invalid)
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, invalid: InvalidCharacters) {
        if XMLSyntax.isCharacter(scalar.value) {
            bytes.append(contentsOf: scalar.utf8)
            return
        }
        switch invalid {
        case .codePointElement:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            markup("<cp hex=\"" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex + "\"/>")
        case .replacementCharacter:
            bytes.append(contentsOf: "\u{FFFD}".utf8)
        }
    }
}
