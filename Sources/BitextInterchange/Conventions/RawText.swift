import BitextModel

/// Segment content as PO and CSV carry it: the text with each code's original markup in place
/// (`The <strong>minister</strong> said`), which the importer parses against the source's codes.
enum RawText {
    /// The segment's raw source: `rawSource` when set, else its content flattened.
    static func source(of segment: InterchangeSegment) -> String {
        segment.rawSource ?? flatten(segment.source)
    }

    /// The segment's raw target, or nil when it has none.
    static func target(of segment: InterchangeSegment) -> String? {
        segment.rawTarget ?? segment.target.map(flatten)
    }

    /// Text and code originals in order.
    static func flatten(_ content: [Inline]) -> String {
        var result = ""
        for element in content {
            switch element {
            case .text(let run): result += run.text
            case .open(let code), .close(let code), .placeholder(let code): result += code.original
            }
        }
        return result
    }

    /// What a reader of PO or CSV gives a segment: the raw strings, and the same strings as
    /// plain text content (an empty target is no target).
    static func segment(id: String, source: String, target: String?, state: TranslationState, terms: [TermHint], line: Int) -> InterchangeSegment {
        let translated = target.flatMap { $0.isEmpty ? nil : $0 }
        return InterchangeSegment(id: id, source: [.text(TextRun(source))], target: translated.map { [.text(TextRun($0))] },
                                  state: state, terms: terms, line: line, rawSource: source, rawTarget: target)
    }
}
