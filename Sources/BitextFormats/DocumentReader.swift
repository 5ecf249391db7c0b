import BitextModel

/// Reads a document in any supported format into blocks, with its skeleton.
public enum DocumentReader {
    /// Reads `bytes` (the whole file) as `format`. `file` names the document in error messages;
    /// `id` becomes the document id. Blocks are not yet segmented.
    public static func read(bytes: [UInt8], format: DocumentFormat, id: String, file: String) throws -> Document {
        let source = try SourceText(bytes: bytes, file: file)
        let blocks: [Block]
        switch format {
        case .plainText: blocks = PlainTextReader(source: source).read()
        case .markdown: blocks = MarkdownReader(source: source).read()
        case .html: blocks = HTMLReader(source: source).read()
        }
        var checked = blocks.filter { isWellFormed($0, byteCount: bytes.count) }
        checked = removingOverlaps(checked)
        StableID.assign(to: &checked)
        return Document(id: id, format: format, skeleton: Skeleton(bytes: bytes), blocks: checked)
    }

    /// A document id from a file name: the name without directories and extension, with
    /// anything but letters, digits, `-`, `_` and `.` replaced by `-`.
    public static func documentID(forFile path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        let cleaned = String(stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "-" })
        return cleaned.isEmpty || cleaned == "-" ? "document" : cleaned
    }

    /// Whether a block's content has known, ascending, non-overlapping source ranges inside the
    /// document. A block that does not (text the HTML parser moved out of a table, say) is
    /// left in the skeleton untranslated rather than risk writing a translation to the wrong
    /// place.
    static func isWellFormed(_ block: Block, byteCount: Int) -> Bool {
        var position = 0
        for element in block.content {
            guard let range = element.source, range.lowerBound >= position, range.upperBound <= byteCount else { return false }
            position = range.upperBound
        }
        return true
    }

    /// Drops a text block whose range overlaps an earlier one's, and an attribute block that
    /// overlaps any text (an attribute lies inside a tag: in the skeleton, or inside a code of
    /// a text block, where the writer puts its translation).
    private static func removingOverlaps(_ blocks: [Block]) -> [Block] {
        let sorted = blocks.sorted { ($0.source?.lowerBound ?? 0) < ($1.source?.lowerBound ?? 0) }
        var textRanges: [Range<Int>] = []
        var kept: [Block] = []
        var end = 0
        for block in sorted where block.kind.attribute == nil {
            guard let range = block.source, range.lowerBound >= end else { continue }
            kept.append(block)
            end = range.upperBound
            for element in block.content {
                if case .text(let run) = element, let source = run.source { textRanges.append(source) }
            }
        }
        for block in sorted where block.kind.attribute != nil {
            guard let range = block.source else { continue }
            // textRanges is ascending: find the first run that ends after this range starts.
            var low = 0
            var high = textRanges.count
            while low < high {
                let middle = (low + high) / 2
                if textRanges[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            if low < textRanges.count && textRanges[low].lowerBound < range.upperBound { continue }
            kept.append(block)
        }
        return kept.sorted { ($0.source?.lowerBound ?? 0) < ($1.source?.lowerBound ?? 0) }
    }
}
