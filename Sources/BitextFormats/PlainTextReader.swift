import BitextModel

/// Reads plain-text articles: blocks are paragraphs separated by blank lines; the lines of a
/// hard-wrapped paragraph stay one block; a lone line without closing punctuation is a
/// heading; a line underlined with `===` or `---` is a heading; lines starting with a bullet
/// or a number (`-`, `*`, `•`, `1.`, `۱.`) are list items.
struct PlainTextReader {
    let source: SourceText

    func read() -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Range<Int>] = []
        for line in lines() {
            if isBlank(line) {
                blocks += paragraphBlocks(paragraph)
                paragraph = []
            } else {
                paragraph.append(line)
            }
        }
        blocks += paragraphBlocks(paragraph)
        return blocks
    }

    /// The lines of the document without their line ends (`\n`, `\r\n` or `\r`).
    private func lines() -> [Range<Int>] {
        let bytes = source.bytes
        var result: [Range<Int>] = []
        var start = source.bomLength
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                result.append(start..<index)
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        source.bytes[line].allSatisfy(InlineBuilder.isSpace)
    }

    /// Splits one paragraph (consecutive non-blank lines) into blocks.
    private func paragraphBlocks(_ lines: [Range<Int>]) -> [Block] {
        guard !lines.isEmpty else { return [] }
        var blocks: [Block] = []
        var current: [Range<Int>] = []
        var currentIsItem = false

        func flush(kind: BlockKind? = nil) {
            guard let first = current.first, let last = current.last else { return }
            var builder = InlineBuilder(bytes: source.bytes)
            let start = currentIsItem ? contentStartAfterMarker(first) : first.lowerBound
            builder.appendText(start..<last.upperBound)
            let content = builder.finished()
            if builder.hasText {
                let resolvedKind = kind ?? (currentIsItem ? .listItem : blockKind(for: current))
                blocks.append(Block(kind: resolvedKind, content: content))
            }
            current = []
        }

        for line in lines {
            if isUnderline(line), current.count == 1, !currentIsItem {
                flush(kind: .heading(source.bytes[line].first { !InlineBuilder.isSpace($0) } == UInt8(ascii: "=") ? 1 : 2))
                continue
            }
            if isListItem(line) {
                flush()
                currentIsItem = true
            } else if current.isEmpty {
                currentIsItem = false
            }
            current.append(line)
        }
        flush()
        return blocks
    }

    /// A paragraph of one line that does not end like a sentence reads as a headline.
    private func blockKind(for lines: [Range<Int>]) -> BlockKind {
        guard lines.count == 1 else { return .paragraph }
        let text = source.string(lines[0]).trimmingTrailingWhitespace
        guard let last = text.unicodeScalars.last else { return .paragraph }
        let closers: Set<Unicode.Scalar> = [".", "!", "?", "؟", "…", ":", ";", "؛", "\"", "”", "»", "'", "’", ")", ","]
        return closers.contains(last) ? .paragraph : .heading(1)
    }

    /// Whether a line is a setext-style underline (`====` or `----`, three or more).
    private func isUnderline(_ line: Range<Int>) -> Bool {
        let trimmed = source.bytes[line].filter { !InlineBuilder.isSpace($0) }
        guard trimmed.count >= 3, let first = trimmed.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// Whether a line starts (after indentation) with a bullet or a number and a space.
    private func isListItem(_ line: Range<Int>) -> Bool {
        let text = source.string(line)
        let scalars = Array(text.unicodeScalars.drop { $0 == " " || $0 == "\t" })
        guard scalars.count >= 2 else { return false }
        let bullets: Set<Unicode.Scalar> = ["-", "*", "+", "•", "–", "·", "▪"]
        if bullets.contains(scalars[0]) && (scalars[1] == " " || scalars[1] == "\t") { return true }
        var index = 0
        while index < scalars.count && index < 3 && scalars[index].properties.numericType == .decimal { index += 1 }
        if index > 0 && index + 1 < scalars.count && (scalars[index] == "." || scalars[index] == ")" || scalars[index] == "-")
            && (scalars[index + 1] == " " || scalars[index + 1] == "\t") {
            return true
        }
        return false
    }

    /// Where an item's text starts: after indentation, the marker and the spaces after it.
    private func contentStartAfterMarker(_ line: Range<Int>) -> Int {
        let bytes = source.bytes
        var index = line.lowerBound
        while index < line.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        // Skip the marker: a bullet (one scalar) or digits and their punctuation.
        let text = source.string(index..<line.upperBound)
        var markerBytes = 0
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" { break }
            markerBytes += String(scalar).utf8.count
        }
        index += markerBytes
        while index < line.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        return index
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var scalars = Substring(self)
        while let last = scalars.unicodeScalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
