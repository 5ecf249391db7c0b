extension Block {
    /// The text the segmenter reads: the block's text, with a line break where the content
    /// has a line-break code ("…on Sunday.<br>His lawyer…" holds two sentences).
    public var segmentationText: String {
        var result = ""
        for element in content {
            switch element {
            case .text(let run): result += run.text
            case .placeholder(let code) where code.isLineBreak: result += "\n"
            default: break
            }
        }
        return result
    }

    /// Splits the block's content into segments at the given ranges of its plain text.
    ///
    /// `ranges` are UTF-8 byte ranges of `segmentationText`, ascending and not overlapping (typically
    /// sentences with the whitespace between them left out). A code strictly inside a range
    /// belongs to that segment; a code at a range's edge belongs to it when it faces the text
    /// (an opening code or placeholder at the start, a closing code or placeholder at the end);
    /// codes in the gaps between segments stay in the skeleton. Segment ids are left empty
    /// (see `StableID.assign`).
    public func splitting(atPlainTextRanges ranges: [Range<Int>]) -> [Segment] {
        guard !ranges.isEmpty else { return [] }
        var segments: [[Inline]] = Array(repeating: [], count: ranges.count)
        var offset = 0
        var rangeIndex = 0

        /// The segment a code at plain-text offset `position` belongs to, if any.
        func owner(ofCodeAt position: Int, isClosing: Bool, isOpening: Bool) -> Int? {
            for index in max(0, rangeIndex - 1)..<ranges.count {
                let range = ranges[index]
                if range.lowerBound > position { break }
                if position > range.lowerBound && position < range.upperBound { return index }
                if position == range.upperBound && !isOpening {
                    // A placeholder between two touching segments stays with the one it follows.
                    return index
                }
                if position == range.lowerBound && !isClosing { return index }
            }
            return nil
        }

        for element in content {
            switch element {
            case .text(let run):
                let length = run.text.utf8.count
                let runRange = offset..<(offset + length)
                while rangeIndex < ranges.count && ranges[rangeIndex].upperBound <= runRange.lowerBound {
                    rangeIndex += 1
                }
                var index = rangeIndex
                while index < ranges.count && ranges[index].lowerBound < runRange.upperBound {
                    let overlap = max(ranges[index].lowerBound, runRange.lowerBound)..<min(ranges[index].upperBound, runRange.upperBound)
                    if !overlap.isEmpty {
                        if run.isVerbatim || run.source == nil {
                            segments[index].append(.text(run.slice(overlap.lowerBound - offset..<overlap.upperBound - offset)))
                        } else {
                            // A decoded entity or collapsed whitespace cannot be cut: its source
                            // bytes go whole to the first segment that reaches it.
                            segments[index].append(.text(run))
                            break
                        }
                    }
                    index += 1
                }
                offset += length
            case .open(let code):
                if let index = owner(ofCodeAt: offset, isClosing: false, isOpening: true) { segments[index].append(.open(code)) }
            case .close(let code):
                if let index = owner(ofCodeAt: offset, isClosing: true, isOpening: false) { segments[index].append(.close(code)) }
            case .placeholder(let code):
                if let index = owner(ofCodeAt: offset, isClosing: false, isOpening: false) { segments[index].append(.placeholder(code)) }
                if code.isLineBreak { offset += 1 }
            }
        }
        return segments.map { content in
            Segment(id: "", content: content, source: content.sourceRange ?? 0..<0)
        }
    }
}

extension TextRun {
    /// The part of a verbatim run (or of a run with no source) between two UTF-8 offsets of its
    /// text, with the offsets mapped into its source.
    func slice(_ range: Range<Int>) -> TextRun {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        let piece = String(decoding: utf8[start..<end], as: UTF8.self)
        guard let source, isVerbatim else { return TextRun(piece, source: source, isVerbatim: isVerbatim) }
        return TextRun(piece, source: (source.lowerBound + range.lowerBound)..<(source.lowerBound + range.upperBound), isVerbatim: true)
    }
}
