import BitextModel
import CGumbo
#if canImport(Glibc)
import Glibc
#endif

/// Reads HTML5 pages through gumbo, the HTML5 parser that keeps source positions.
///
/// The text of every element that is not excluded becomes blocks: a run of text and inline
/// elements (`a`, `em`, `strong`, `span`, `br`, `abbr`, `q`…) between block-level elements is
/// one block, the inline elements its codes. `script`, `style`, `code`, `pre` and everything
/// under `translate="no"` or `class="notranslate"` stay in the skeleton. The `alt`, `title`,
/// `aria-label` and `placeholder` attributes and the description `meta` tags are blocks of
/// their own.
struct HTMLReader {
    let source: SourceText

    func read() -> [Block] {
        let bytes = source.bytes
        guard bytes.count > source.bomLength else { return [] }
        return bytes.withUnsafeBufferPointer { buffer -> [Block] in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var options = kGumboDefaultOptions
            options.max_errors = 0
            let start = base.advanced(by: source.bomLength).assumingMemoryBound(to: CChar.self)
            guard let output = gumbo_parse_with_options(&options, start, buffer.count - source.bomLength) else { return [] }
            defer { gumbo_destroy_output(&options, output) }
            var walker = HTMLWalker(bytes: bytes, base: base)
            walker.container(output.pointee.document.pointee.v.document, kind: .text, translatable: true)
            return walker.blocks.enumerated().sorted {
                ($0.element.source?.lowerBound ?? 0, $0.offset) < ($1.element.source?.lowerBound ?? 0, $1.offset)
            }.map(\.element)
        }
    }
}

private struct HTMLWalker {
    let bytes: [UInt8]
    let base: UnsafeRawPointer
    var blocks: [Block] = []

    init(bytes: [UInt8], base: UnsafeRawPointer) {
        self.bytes = bytes
        self.base = base
    }

    /// Elements whose content is never translated.
    static let excluded: Set<String> = [
        "script", "style", "code", "pre", "template", "svg", "math", "kbd", "samp", "var", "textarea",
        "iframe", "object", "noscript", "xmp", "plaintext", "canvas",
    ]
    /// Elements that sit inside a sentence (phrasing content) and become inline codes.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
        "input", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "button", "output", "meter", "progress", "select",
        "audio", "video", "picture", "source", "track", "map", "area", "embed", "svg", "math", "script", "noscript",
        "iframe", "object", "canvas", "textarea",
    ]
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let translatableAttributes: Set<String> = ["alt", "title", "aria-label", "placeholder"]
    static let translatableMeta: Set<String> = [
        "description", "og:title", "og:description", "twitter:title", "twitter:description",
    ]

    static func kind(of tag: String) -> BlockKind {
        switch tag {
        case "p": return .paragraph
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading(Int(String(tag.last!))!)
        case "li": return .listItem
        case "td": return .tableCell
        case "th": return .tableHeader
        case "blockquote": return .quote
        case "figcaption", "caption": return .caption
        case "dt": return .term
        case "dd": return .definition
        case "title": return .title
        default: return .text
        }
    }

    // MARK: Walking the tree

    /// Reads the children of a block-level node: runs of inline content become blocks.
    mutating func container(_ document: GumboDocument, kind: BlockKind, translatable: Bool) {
        var builder = InlineBuilder(bytes: bytes)
        for child in children(document.children) {
            visit(child, builder: &builder, kind: kind, translatable: translatable)
        }
        flush(&builder, kind: kind)
    }

    private mutating func container(_ element: GumboElement, kind: BlockKind, translatable: Bool) {
        var builder = InlineBuilder(bytes: bytes)
        for child in children(element.children) {
            visit(child, builder: &builder, kind: kind, translatable: translatable)
        }
        flush(&builder, kind: kind)
    }

    private mutating func visit(_ node: UnsafeMutablePointer<GumboNode>, builder: inout InlineBuilder, kind: BlockKind, translatable: Bool) {
        switch node.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            guard translatable, let range = range(of: node.pointee.v.text.original_text) else { return }
            let decodes = node.pointee.type != GUMBO_NODE_CDATA
            guard let pieces = align(node.pointee.v.text.text, with: range, decodingReferences: decodes) else {
                if node.pointee.type != GUMBO_NODE_WHITESPACE { builder.placeholder("markup", source: range) }
                return
            }
            for piece in pieces {
                if piece.isMarkup {
                    builder.placeholder("markup", source: piece.range)
                } else {
                    builder.appendText(piece.range, decodingReferences: decodes)
                }
            }
        case GUMBO_NODE_COMMENT:
            if let range = range(of: node.pointee.v.text.original_text) {
                builder.placeholder("comment", source: commentRange(range))
            }
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            element(node, builder: &builder, kind: kind, translatable: translatable)
        default:
            break
        }
    }

    private mutating func element(_ node: UnsafeMutablePointer<GumboNode>, builder: inout InlineBuilder, kind: BlockKind, translatable: Bool) {
        let element = node.pointee.v.element
        let tag = tagName(element)
        let isTranslatable = translatability(element, inherited: translatable)
        let isInline = HTMLWalker.inline.contains(tag)
        if isTranslatable { attributeBlocks(element, tag: tag) }

        if HTMLWalker.excluded.contains(tag) || !isTranslatable {
            if isInline, let start = startTag(node), let end = extentEnd(node) {
                builder.placeholder(tag, source: start.lowerBound..<max(start.upperBound, end))
            } else if !isInline {
                flush(&builder, kind: kind)
                if !HTMLWalker.excluded.contains(tag) {
                    // translate="yes" inside may turn translation back on.
                    container(element, kind: HTMLWalker.kind(of: tag), translatable: false)
                }
            }
            return
        }
        if isInline {
            guard let start = startTag(node) else {
                // An element the parser made up (a reconstructed <b>) has no tags of its own.
                for child in children(element.children) { visit(child, builder: &builder, kind: kind, translatable: true) }
                return
            }
            if HTMLWalker.void.contains(tag) {
                builder.placeholder(tag, source: start)
                return
            }
            let code = builder.open(tag, source: start)
            for child in children(element.children) { visit(child, builder: &builder, kind: kind, translatable: true) }
            let end = endTag(node) ?? {
                let position = extentEnd(node) ?? start.upperBound
                return position..<position
            }()
            builder.close(code, source: end)
            return
        }
        flush(&builder, kind: kind)
        container(element, kind: HTMLWalker.kind(of: tag), translatable: true)
    }

    private mutating func flush(_ builder: inout InlineBuilder, kind: BlockKind) {
        if builder.hasText { blocks.append(Block(kind: kind, content: builder.finished())) }
        builder = InlineBuilder(bytes: bytes)
    }

    /// `translate="no"` and `class="notranslate"` turn translation off for an element and its
    /// descendants; `translate="yes"` turns it back on (HTML 6.7.4).
    private func translatability(_ element: GumboElement, inherited: Bool) -> Bool {
        var result = inherited
        for attribute in attributes(element) {
            let name = String(cString: attribute.pointee.name).lowercased()
            let value = String(cString: attribute.pointee.value)
            if name == "translate" {
                let lowered = value.lowercased()
                if lowered == "no" { return false }
                if lowered == "yes" || lowered.isEmpty { result = true }
            } else if name == "class", value.split(whereSeparator: { $0.isWhitespace }).contains("notranslate") {
                return false
            }
        }
        return result
    }

    /// Blocks for an element's translatable attributes.
    private mutating func attributeBlocks(_ element: GumboElement, tag: String) {
        var metaName: String?
        for attribute in attributes(element) where tag == "meta" {
            let name = String(cString: attribute.pointee.name).lowercased()
            if name == "name" || name == "property" { metaName = String(cString: attribute.pointee.value).lowercased() }
        }
        for attribute in attributes(element) {
            let name = String(cString: attribute.pointee.name).lowercased()
            let kind: BlockKind
            if tag == "meta" {
                guard name == "content", let metaName, HTMLWalker.translatableMeta.contains(metaName) else { continue }
                kind = .meta(metaName)
            } else if HTMLWalker.translatableAttributes.contains(name) {
                kind = .attribute(name)
            } else if tag == "input", name == "value", isButton(element) {
                kind = .attribute(name)
            } else {
                continue
            }
            guard var range = range(of: attribute.pointee.original_value), !range.isEmpty else { continue }
            let first = bytes[range.lowerBound]
            if (first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")) && range.count >= 2 && bytes[range.upperBound - 1] == first {
                range = (range.lowerBound + 1)..<(range.upperBound - 1)
            }
            var builder = InlineBuilder(bytes: bytes)
            builder.appendText(range, decodingReferences: true)
            if builder.hasText { blocks.append(Block(kind: kind, content: builder.finished())) }
        }
    }

    private func isButton(_ element: GumboElement) -> Bool {
        attributes(element).contains { attribute in
            String(cString: attribute.pointee.name).lowercased() == "type"
                && ["submit", "button", "reset"].contains(String(cString: attribute.pointee.value).lowercased())
        }
    }

    // MARK: Source positions

    /// Splits a text node's source span into the text it holds and the tags in it.
    ///
    /// gumbo joins the text on both sides of a tag it ignores (the whitespace around
    /// `</body>`, say) into one node whose source span holds the tag, so the span is walked
    /// against the parser's text: bytes that decode to the next characters of the text are
    /// text (HTML turns CR LF and lone CR into LF), a `<…>` that does not is markup. Nil when
    /// the two cannot be matched up.
    private func align(_ text: UnsafePointer<CChar>?, with range: Range<Int>, decodingReferences: Bool)
        -> [(range: Range<Int>, isMarkup: Bool)]? {
        guard let text else { return nil }
        let expected = UnsafeRawBufferPointer(start: text, count: strlen(text))
        var pieces: [(range: Range<Int>, isMarkup: Bool)] = []
        var textStart = range.lowerBound
        var index = range.lowerBound
        var position = 0
        func matches(_ decoded: some Sequence<UInt8>) -> Bool {
            var cursor = position
            for byte in decoded {
                guard cursor < expected.count, expected[cursor] == byte else { return false }
                cursor += 1
            }
            position = cursor
            return true
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0D {
                if matches([0x0A]) {
                    index += index + 1 < range.upperBound && bytes[index + 1] == 0x0A ? 2 : 1
                    continue
                }
            } else if byte == UInt8(ascii: "&") && decodingReferences,
                      let reference = HTMLEntities.reference(in: bytes, at: index, limit: range.upperBound),
                      matches(reference.text.utf8) {
                index += reference.length
                continue
            } else if matches([byte]) {
                index += 1
                continue
            }
            // Not the parser's next character: it must be a tag the parser set aside.
            guard byte == UInt8(ascii: "<"), let close = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ">")) else {
                return nil
            }
            if textStart < index { pieces.append((textStart..<index, false)) }
            pieces.append((index..<(close + 1), true))
            index = close + 1
            textStart = index
        }
        guard position == expected.count else { return nil }
        if textStart < range.upperBound { pieces.append((textStart..<range.upperBound, false)) }
        return pieces
    }

    private func range(of piece: GumboStringPiece) -> Range<Int>? {
        guard let data = piece.data, piece.length > 0 else { return nil }
        let start = UnsafeRawPointer(data) - base
        guard start >= 0 && start + piece.length <= bytes.count else { return nil }
        return start..<(start + piece.length)
    }

    /// gumbo's original text of a comment may leave out its delimiters; the range is widened
    /// to the whole `<!-- … -->` when they are there in the source.
    private func commentRange(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        if start >= 4 && bytes[(start - 4)..<start].elementsEqual("<!--".utf8) { start -= 4 }
        if end + 3 <= bytes.count && bytes[end..<(end + 3)].elementsEqual("-->".utf8) { end += 3 }
        return start..<end
    }

    private static let parserMadeFlags = GUMBO_INSERTION_BY_PARSER.rawValue | GUMBO_INSERTION_IMPLIED.rawValue
        | GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT.rawValue | GUMBO_INSERTION_ADOPTION_AGENCY_CLONED.rawValue
        | GUMBO_INSERTION_CONVERTED_FROM_END_TAG.rawValue

    /// The start tag as written, or nil when the parser made the element up.
    private func startTag(_ node: UnsafeMutablePointer<GumboNode>) -> Range<Int>? {
        guard node.pointee.parse_flags.rawValue & HTMLWalker.parserMadeFlags == 0 else { return nil }
        return range(of: node.pointee.v.element.original_tag)
    }

    /// The end tag as written, or nil when the source left it out.
    private func endTag(_ node: UnsafeMutablePointer<GumboNode>) -> Range<Int>? {
        range(of: node.pointee.v.element.original_end_tag)
    }

    /// Where an element's source ends: after its end tag, or after its last written descendant.
    private func extentEnd(_ node: UnsafeMutablePointer<GumboNode>) -> Int? {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            if let end = endTag(node) { return end.upperBound }
            var result = range(of: node.pointee.v.element.original_tag)?.upperBound
            for child in children(node.pointee.v.element.children) {
                if let end = extentEnd(child) { result = max(result ?? end, end) }
            }
            return result
        case GUMBO_NODE_COMMENT:
            return range(of: node.pointee.v.text.original_text).map { commentRange($0).upperBound }
        default:
            return range(of: node.pointee.v.text.original_text)?.upperBound
        }
    }

    // MARK: gumbo access

    private func tagName(_ element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
            return String(cString: name)
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: piece.length), as: UTF8.self).lowercased()
    }

    private func children(_ vector: GumboVector) -> [UnsafeMutablePointer<GumboNode>] {
        (0..<Int(vector.length)).compactMap { vector.data[$0]?.assumingMemoryBound(to: GumboNode.self) }
    }

    private func attributes(_ element: GumboElement) -> [UnsafeMutablePointer<GumboAttribute>] {
        (0..<Int(element.attributes.length)).compactMap { element.attributes.data[$0]?.assumingMemoryBound(to: GumboAttribute.self) }
    }
}
