import BitextModel

/// Reads a translation written with the document's own markup (as PO and CSV carry it:
/// `Gen. <b>Ahmadvand</b> said`, `the **first** item`) back into content, by finding the
/// source segment's codes in it.
public enum MarkupDecoder {
    /// Markup in a translation that is not one of the source's codes.
    public struct UnknownMarkup: Error, Equatable, Sendable {
        /// The markup as written.
        public var markup: String

        public init(markup: String) {
            self.markup = markup
        }
    }

    /// The content of `raw`: each occurrence of a source code's markup becomes that code (the
    /// first unused code with that markup, so repeated markup pairs up in order), the rest is
    /// text, decoded as the format writes it (character references in HTML, backslash escapes
    /// in Markdown).
    public static func decode(_ raw: String, format: DocumentFormat, source: [Inline]) throws -> [Inline] {
        let codes = source.filter { $0.code.map { !$0.original.isEmpty } ?? false }
        let candidates = codes.sorted { ($0.code!.original.utf8.count) > ($1.code!.original.utf8.count) }
        var used = Set<Int>()
        var result: [Inline] = []
        var text: [UInt8] = []
        let bytes = Array(raw.utf8)
        var index = 0

        func flushText() throws {
            guard !text.isEmpty else { return }
            result.append(.text(TextRun(try decodeText(text, format: format))))
            text = []
        }

        while index < bytes.count {
            if format == .markdown && bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.count {
                text.append(contentsOf: bytes[index...(index + 1)])
                index += 2
                continue
            }
            var matched = false
            for (position, candidate) in candidates.enumerated() where !used.contains(position) {
                let original = Array(candidate.code!.original.utf8)
                if bytes[index...].starts(with: original) {
                    try flushText()
                    result.append(candidate)
                    used.insert(position)
                    index += original.count
                    matched = true
                    break
                }
            }
            if !matched {
                if format == .html && bytes[index] == UInt8(ascii: "<"), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
                   end > index + 1, isTagStart(bytes[index + 1]) {
                    throw UnknownMarkup(markup: String(decoding: bytes[index...end], as: UTF8.self))
                }
                text.append(bytes[index])
                index += 1
            }
        }
        try flushText()
        return result
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
    }

    private static func decodeText(_ bytes: [UInt8], format: DocumentFormat) throws -> String {
        switch format {
        case .plainText:
            return String(decoding: bytes, as: UTF8.self)
        case .html:
            var output: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&"), let reference = HTMLEntities.reference(in: bytes, at: index, limit: bytes.count) {
                    output.append(contentsOf: reference.text.utf8)
                    index += reference.length
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        case .markdown:
            var output: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, isASCIIPunctuation(bytes[index + 1]) {
                    output.append(bytes[index + 1])
                    index += 2
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

extension DocumentWriter {
    /// A segment's content written as the document writes it (codes as their markup, text
    /// escaped): what PO and CSV files show translators.
    public static func markup(_ content: [Inline], of segment: Segment, in block: Block, document: Document) -> String {
        TextEncoder(format: document.format, bytes: document.skeleton.bytes, block: block).encode(content, for: segment)
    }
}
