import BitextFormats
import BitextModel
import BitextSegmentation

/// Content in a compact notation for exact assertions: text as it is, `{kind}` and `{/kind}`
/// for a paired code, `{kind/}` for a standalone code.
func describe(_ content: [Inline]) -> String {
    content.map { element -> String in
        switch element {
        case .text(let run): return run.text
        case .open(let code): return "{\(code.kind)}"
        case .close(let code): return "{/\(code.kind)}"
        case .placeholder(let code): return "{\(code.kind)/}"
        }
    }.joined()
}

/// Reads a document from a string and segments it.
func readDocument(_ text: String, _ format: DocumentFormat, language: LanguageTag = .english) throws -> Document {
    var document = try DocumentReader.read(bytes: Array(text.utf8), format: format, id: "test", file: "test.\(format.rawValue)")
    try Segmenter(language: language).segment(&document)
    return document
}

/// Each block as "kind: content" with its segments separated by " | ".
func outline(_ document: Document) -> [String] {
    document.blocks.map { block in
        "\(block.kind): " + block.segments.map { describe($0.content) }.joined(separator: " | ")
    }
}
