import BitextModel

/// Collects a block's content from the source: text (with whitespace collapsed and character
/// references decoded, keeping where each piece came from) and inline codes.
struct InlineBuilder {
    let bytes: [UInt8]
    private(set) var content: [Inline] = []
    private var nextCodeID = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether the content holds any text that is not whitespace.
    var hasText: Bool {
        content.contains { element in
            if case .text(let run) = element { return run.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            return false
        }
    }

    /// Appends source text as written, collapsing each run of ASCII whitespace other than a
    /// single space to one space (HTML and Markdown render it so, and a hard-wrapped line is
    /// one sentence to a translator). With `decodingReferences`, `&…;` references become the
    /// characters they stand for.
    mutating func appendText(_ range: Range<Int>, decodingReferences: Bool = false) {
        var chunkStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if InlineBuilder.isSpace(byte) {
                var end = index + 1
                while end < range.upperBound && InlineBuilder.isSpace(bytes[end]) { end += 1 }
                if end - index == 1 && byte == 0x20 {
                    index = end
                    continue
                }
                appendVerbatim(chunkStart..<index)
                append(TextRun(" ", source: index..<end, isVerbatim: false))
                chunkStart = end
                index = end
            } else if byte == UInt8(ascii: "&") && decodingReferences,
                      let reference = HTMLEntities.reference(in: bytes, at: index, limit: range.upperBound) {
                appendVerbatim(chunkStart..<index)
                append(TextRun(reference.text, source: index..<(index + reference.length), isVerbatim: false))
                index += reference.length
                chunkStart = index
            } else {
                index += 1
            }
        }
        appendVerbatim(chunkStart..<range.upperBound)
    }

    /// Appends text that is not written as-is in the source (an entity, an escaped character,
    /// a line break shown as a space).
    mutating func appendDecoded(_ text: String, source: Range<Int>) {
        append(TextRun(text, source: source, isVerbatim: false))
    }

    /// Starts a paired code and returns it, to be passed to `close`.
    mutating func open(_ kind: String, source: Range<Int>) -> InlineCode {
        let code = makeCode(kind, source: source)
        content.append(.open(code))
        return code
    }

    /// Ends a paired code started with `open`.
    mutating func close(_ code: InlineCode, source: Range<Int>) {
        var end = code
        end.original = String(decoding: bytes[source], as: UTF8.self)
        end.source = source
        content.append(.close(end))
    }

    /// Appends a standalone code.
    mutating func placeholder(_ kind: String, source: Range<Int>) {
        content.append(.placeholder(makeCode(kind, source: source)))
    }

    /// The content with whitespace and standalone codes trimmed from both ends: they stay in
    /// the skeleton, outside the block.
    func finished() -> [Inline] {
        var result = content
        while let first = result.first, InlineBuilder.isTrimmable(first) { result.removeFirst() }
        while let last = result.last, InlineBuilder.isTrimmable(last) { result.removeLast() }
        if case .text(let run)? = result.first, run.isVerbatim {
            let trimmed = run.text.drop { $0 == " " }
            let dropped = run.text.utf8.count - trimmed.utf8.count
            if dropped > 0 {
                result[0] = .text(TextRun(String(trimmed), source: run.source.map { ($0.lowerBound + dropped)..<$0.upperBound }, isVerbatim: true))
            }
        }
        if case .text(let run)? = result.last, run.isVerbatim {
            var trimmed = Substring(run.text)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            let dropped = run.text.utf8.count - trimmed.utf8.count
            if dropped > 0 {
                result[result.count - 1] = .text(TextRun(String(trimmed), source: run.source.map { $0.lowerBound..<($0.upperBound - dropped) }, isVerbatim: true))
            }
        }
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B
    }

    private static func isTrimmable(_ element: Inline) -> Bool {
        switch element {
        case .text(let run): return run.text.allSatisfy { $0 == " " }
        case .placeholder: return true
        case .open, .close: return false
        }
    }

    private mutating func makeCode(_ kind: String, source: Range<Int>) -> InlineCode {
        defer { nextCodeID += 1 }
        return InlineCode(id: nextCodeID, kind: kind, original: String(decoding: bytes[source], as: UTF8.self), source: source)
    }

    private mutating func appendVerbatim(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if case .text(let last)? = content.last, last.isVerbatim, let source = last.source, source.upperBound == range.lowerBound {
            content[content.count - 1] = .text(TextRun(last.text + String(decoding: bytes[range], as: UTF8.self),
                                                       source: source.lowerBound..<range.upperBound, isVerbatim: true))
        } else {
            append(TextRun(String(decoding: bytes[range], as: UTF8.self), source: range, isVerbatim: true))
        }
    }

    /// Appends a run; a space shown for collapsed whitespace next to a space already there
    /// joins it, so a translator never sees two spaces the source did not render.
    private mutating func append(_ run: TextRun) {
        if run.text == " ", !run.isVerbatim, let range = run.source, case .text(let last)? = content.last,
           last.text.hasSuffix(" "), let lastRange = last.source, lastRange.upperBound == range.lowerBound {
            if !last.isVerbatim && last.text == " " {
                content[content.count - 1] = .text(TextRun(" ", source: lastRange.lowerBound..<range.upperBound, isVerbatim: false))
                return
            }
            if last.isVerbatim {
                let kept = String(last.text.dropLast())
                content.removeLast()
                if !kept.isEmpty {
                    content.append(.text(TextRun(kept, source: lastRange.lowerBound..<(lastRange.upperBound - 1), isVerbatim: true)))
                }
                content.append(.text(TextRun(" ", source: (lastRange.upperBound - 1)..<range.upperBound, isVerbatim: false)))
                return
            }
        }
        content.append(.text(run))
    }
}
