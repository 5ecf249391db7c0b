import BitextModel

/// Writes a document back in its own format: the skeleton's bytes with each translated
/// segment's range replaced by its translation, encoded for the format.
public enum DocumentWriter {
    /// The document's bytes with translations put in; `translation` gives the target content
    /// of a segment, or nil to keep the source. With no translations the output is the input,
    /// byte for byte.
    ///
    /// An attribute (`alt`, `title`) sits inside a tag that may itself be a code of a
    /// translated sentence: its translation is then written into that code's markup, so that
    /// both translations land.
    public static func write(_ document: Document, translation: (Block, Segment) -> [Inline]?) -> [UInt8] {
        let bytes = document.skeleton.bytes
        var inner: [Skeleton.Replacement] = []
        var outer: [Skeleton.Replacement] = []
        for block in document.blocks where block.kind.attribute != nil {
            var encoder: TextEncoder?
            for segment in block.segments {
                guard let target = translation(block, segment) else { continue }
                encoder = encoder ?? TextEncoder(format: document.format, bytes: bytes, block: block)
                inner.append(Skeleton.Replacement(range: segment.source, bytes: Array(encoder!.encode(target, for: segment).utf8)))
            }
        }
        var consumed = Set<Int>()
        let markup = { (range: Range<Int>) -> String? in
            guard !inner.isEmpty else { return nil }
            let nested = inner.indices.filter { range.contains(inner[$0].range.lowerBound) && inner[$0].range.upperBound <= range.upperBound }
            guard !nested.isEmpty else { return nil }
            consumed.formUnion(nested)
            let shifted = nested.map {
                Skeleton.Replacement(range: (inner[$0].range.lowerBound - range.lowerBound)..<(inner[$0].range.upperBound - range.lowerBound),
                                     bytes: inner[$0].bytes)
            }
            return String(decoding: Skeleton(bytes: Array(bytes[range])).rendering(shifted), as: UTF8.self)
        }
        for block in document.blocks where block.kind.attribute == nil {
            // Made for the block's first translated segment, so an untranslated block's codes
            // never pull in the attribute translations inside them.
            var encoder: TextEncoder?
            for segment in block.segments {
                guard let target = translation(block, segment) else { continue }
                encoder = encoder ?? TextEncoder(format: document.format, bytes: bytes, block: block, markup: markup)
                outer.append(Skeleton.Replacement(range: segment.source, bytes: Array(encoder!.encode(target, for: segment).utf8)))
            }
        }
        let standalone = inner.indices.filter { !consumed.contains($0) }.map { inner[$0] }
        return document.skeleton.rendering(outer + standalone)
    }
}

/// Encodes translated content for a document format: codes go back as written in the source,
/// text is escaped so that it stays text.
struct TextEncoder {
    let format: DocumentFormat
    let bytes: [UInt8]
    let block: Block
    /// The markup each of the block's codes is written as, by role and id.
    private let originals: [String: String]

    /// An encoder for one block; `markup` gives the markup to write for a code's source range
    /// when it differs from the source (a tag whose attribute was translated), or nil.
    init(format: DocumentFormat, bytes: [UInt8], block: Block, markup: (Range<Int>) -> String? = { _ in nil }) {
        self.format = format
        self.bytes = bytes
        self.block = block
        var originals: [String: String] = [:]
        for element in block.content {
            guard let code = element.code else { continue }
            let original = code.source.flatMap(markup) ?? code.original
            switch element {
            case .open: originals["open\(code.id)"] = original
            case .close: originals["close\(code.id)"] = original
            case .placeholder: originals["ph\(code.id)"] = original
            case .text: break
            }
        }
        self.originals = originals
    }

    func encode(_ content: [Inline], for segment: Segment) -> String {
        var output = ""
        for element in content {
            switch element {
            case .text(let run): output += escape(run.text, atStart: output.isEmpty && segment.source.lowerBound == block.source?.lowerBound)
            case .open(let code): output += originals["open\(code.id)"] ?? code.original
            case .close(let code): output += originals["close\(code.id)"] ?? code.original
            case .placeholder(let code): output += originals["ph\(code.id)"] ?? code.original
            }
        }
        return output
    }

    private func escape(_ text: String, atStart: Bool) -> String {
        switch format {
        case .plainText:
            return text
        case .html:
            return escapeHTML(text)
        case .markdown:
            return escapeMarkdown(text, atStart: atStart)
        }
    }

    /// HTML text and attribute values: `&` and `<` always; the quote that delimits the value;
    /// and, in an unquoted value, the characters that would end it.
    private func escapeHTML(_ text: String) -> String {
        let quote = block.kind.attribute != nil ? block.source.flatMap { $0.lowerBound > 0 ? bytes[$0.lowerBound - 1] : nil } : nil
        let isUnquoted = quote != nil && quote != UInt8(ascii: "\"") && quote != UInt8(ascii: "'")
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quote == UInt8(ascii: "\"") || isUnquoted: output += "&quot;"
            case "'" where quote == UInt8(ascii: "'") || isUnquoted: output += "&#39;"
            case " " where isUnquoted: output += "&#32;"
            case "=" where isUnquoted: output += "&#61;"
            case "`" where isUnquoted: output += "&#96;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Markdown: backslash before the characters that would start markup, and before a
    /// block-level marker at the start of the block (`#`, `>`, `-`, `+`, `1.`).
    private func escapeMarkdown(_ text: String, atStart: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", "|", "~": output += "\\"
            default: break
            }
            output.unicodeScalars.append(scalar)
        }
        if atStart, let first = output.unicodeScalars.first {
            if ["#", ">", "-", "+", "="].contains(first) {
                output = "\\" + output
            } else if first.properties.numericType == .decimal {
                let digits = output.unicodeScalars.prefix { $0.properties.numericType == .decimal }
                let rest = output.unicodeScalars.dropFirst(digits.count)
                if let marker = rest.first, marker == "." || marker == ")" {
                    output = String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
                }
            }
        }
        return output
    }
}
