import BitextModel
import CMarkdown

/// Reads CommonMark with GitHub tables and strikethrough, through md4c.
///
/// Headings, paragraphs, list items, block quotes and table cells are blocks; link text and
/// image alt text are translatable inside them. Code blocks, code spans, URLs, raw HTML and
/// YAML front matter stay in the skeleton or become codes. md4c reports every text run with a
/// pointer into the input, but not the delimiters of spans (`**`, `[`, `](url)`): those are
/// found again between the text runs, so that every byte of a block is accounted for.
struct MarkdownReader {
    let source: SourceText

    func read() -> [Block] {
        let bytes = source.bytes
        let start = frontMatterEnd() ?? source.bomLength
        guard start < bytes.count else { return [] }
        let collector = EventCollector()
        bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            collector.base = base
            collector.count = buffer.count
            var parser = MD_PARSER(
                abi_version: 0,
                flags: UInt32(MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS
                    | MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS | MD_FLAG_TASKLISTS),
                enter_block: { type, detail, user in
                    let collector = Unmanaged<EventCollector>.fromOpaque(user!).takeUnretainedValue()
                    var level = 0
                    if type == MD_BLOCK_H, let detail { level = Int(detail.assumingMemoryBound(to: MD_BLOCK_H_DETAIL.self).pointee.level) }
                    collector.events.append(.enterBlock(type, level: level))
                    return 0
                },
                leave_block: { type, _, user in
                    Unmanaged<EventCollector>.fromOpaque(user!).takeUnretainedValue().events.append(.leaveBlock(type))
                    return 0
                },
                enter_span: { type, _, user in
                    Unmanaged<EventCollector>.fromOpaque(user!).takeUnretainedValue().events.append(.enterSpan(type))
                    return 0
                },
                leave_span: { type, _, user in
                    Unmanaged<EventCollector>.fromOpaque(user!).takeUnretainedValue().events.append(.leaveSpan(type))
                    return 0
                },
                text: { type, text, size, user in
                    let collector = Unmanaged<EventCollector>.fromOpaque(user!).takeUnretainedValue()
                    var range: Range<Int>?
                    if let text {
                        let offset = UnsafeRawPointer(text) - collector.base!
                        // Soft and hard breaks point at a synthesized "\n", outside the input.
                        if offset >= 0 && offset + Int(size) <= collector.count { range = offset..<(offset + Int(size)) }
                    }
                    collector.events.append(.text(type, range))
                    return 0
                },
                debug_log: nil,
                syntax: nil
            )
            let pointer = base.advanced(by: start).assumingMemoryBound(to: CChar.self)
            _ = md_parse(pointer, MD_SIZE(buffer.count - start), &parser, Unmanaged.passUnretained(collector).toOpaque())
        }
        return Assembler(bytes: bytes).blocks(from: collector.events)
    }

    /// The end of YAML front matter (`---` on the first line up to a closing `---` or `...`
    /// line), which is metadata, not article text.
    private func frontMatterEnd() -> Int? {
        let bytes = source.bytes
        var index = source.bomLength
        guard bytes[index...].starts(with: Array("---".utf8)) else { return nil }
        index += 3
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        guard index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D else { return nil }
        while index < bytes.count {
            // Move to the next line start.
            while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            index += 1
            guard index < bytes.count else { return nil }
            let rest = bytes[index...]
            if rest.starts(with: Array("---".utf8)) || rest.starts(with: Array("...".utf8)) {
                var end = index + 3
                while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09) { end += 1 }
                if end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D { return end }
            }
        }
        return nil
    }
}

private enum MarkdownEvent {
    case enterBlock(MD_BLOCKTYPE, level: Int)
    case leaveBlock(MD_BLOCKTYPE)
    case enterSpan(MD_SPANTYPE)
    case leaveSpan(MD_SPANTYPE)
    case text(MD_TEXTTYPE, Range<Int>?)
}

private final class EventCollector {
    var events: [MarkdownEvent] = []
    var base: UnsafeRawPointer?
    var count = 0
}

/// One inline event of a leaf block, with the source range once it is known.
private struct Token {
    enum Kind {
        case text, entity, html, code
        /// A backslash escape: the backslash and the punctuation character it makes literal.
        case escape
        case enter(MD_SPANTYPE)
        case leave(MD_SPANTYPE)
        case softBreak, hardBreak
    }
    var kind: Kind
    var range: Range<Int>?

    var isLocated: Bool {
        switch kind {
        case .text, .entity, .html, .code, .escape: return true
        default: return false
        }
    }
}

/// Turns md4c's events into blocks.
private struct Assembler {
    let bytes: [UInt8]

    func blocks(from events: [MarkdownEvent]) -> [Block] {
        var blocks: [Block] = []
        var stack: [(type: MD_BLOCKTYPE, level: Int)] = []
        var tokens: [Token] = []

        func flush() {
            defer { tokens = [] }
            guard !tokens.isEmpty, let top = stack.last else { return }
            var builder = InlineBuilder(bytes: bytes)
            build(tokens, into: &builder)
            guard builder.hasText else { return }
            blocks.append(Block(kind: kind(of: top, in: stack), content: builder.finished()))
        }

        for event in events {
            switch event {
            case .enterBlock(let type, let level):
                flush()
                stack.append((type, level))
            case .leaveBlock:
                flush()
                stack.removeLast()
            case .enterSpan(let type):
                tokens.append(Token(kind: .enter(type)))
            case .leaveSpan(let type):
                tokens.append(Token(kind: .leave(type)))
            case .text(let type, let range):
                guard let top = stack.last?.type, top != MD_BLOCK_CODE, top != MD_BLOCK_HTML else { continue }
                switch type {
                case MD_TEXT_SOFTBR: tokens.append(Token(kind: .softBreak))
                case MD_TEXT_BR: tokens.append(Token(kind: .hardBreak))
                case MD_TEXT_ENTITY: tokens.append(Token(kind: .entity, range: range))
                case MD_TEXT_HTML: tokens.append(Token(kind: .html, range: range))
                case MD_TEXT_CODE: tokens.append(Token(kind: .code, range: range))
                default: tokens.append(Token(kind: .text, range: range))
                }
            }
        }
        return blocks
    }

    private func kind(of top: (type: MD_BLOCKTYPE, level: Int), in stack: [(type: MD_BLOCKTYPE, level: Int)]) -> BlockKind {
        switch top.type {
        case MD_BLOCK_H: return .heading(top.level)
        case MD_BLOCK_TH: return .tableHeader
        case MD_BLOCK_TD: return .tableCell
        case MD_BLOCK_LI: return .listItem
        default:
            for ancestor in stack.reversed().dropFirst() {
                if ancestor.type == MD_BLOCK_LI { return .listItem }
                if ancestor.type == MD_BLOCK_QUOTE { return .quote }
            }
            return .paragraph
        }
    }

    // MARK: Finding span delimiters

    /// Gives every token a source range: delimiters are read from the bytes between the text
    /// runs, forward after a run and backward before the first one.
    private func locate(_ tokens: inout [Token]) {
        separateEscapes(&tokens)
        guard let first = tokens.firstIndex(where: { $0.isLocated }) else { return }
        // Before the first text: opening delimiters, read backward.
        var position = tokens[first].range!.lowerBound
        for index in stride(from: first - 1, through: 0, by: -1) {
            guard let start = delimiterStart(of: tokens[index].kind, endingAt: position) else { break }
            tokens[index].range = start..<position
            position = start
        }
        // After each text: everything up to the next text, read forward.
        var index = first
        while index < tokens.count {
            guard let range = tokens[index].range, tokens[index].isLocated else {
                index += 1
                continue
            }
            var next = index + 1
            while next < tokens.count && !tokens[next].isLocated { next += 1 }
            let limit = next < tokens.count ? tokens[next].range!.lowerBound : bytes.count
            var cursor = range.upperBound
            var consumedAll = true
            for pending in (index + 1)..<next {
                guard let end = delimiterEnd(of: tokens[pending].kind, startingAt: cursor, limit: limit) else {
                    consumedAll = false
                    break
                }
                tokens[pending].range = cursor..<end
                cursor = end
            }
            // Unclaimed bytes before the next run (an escape, stray spaces) go to the last
            // delimiter of the gap, or become their own code.
            if consumedAll && next < tokens.count && cursor < limit {
                if next > index + 1, let last = tokens[next - 1].range {
                    tokens[next - 1].range = last.lowerBound..<limit
                } else {
                    tokens.insert(Token(kind: .html, range: cursor..<limit), at: next)
                    next += 1
                }
            }
            index = next
        }
    }

    /// md4c reports an escaped character ("\\*") as text that starts after the backslash; the
    /// backslash and the character become one escape token, so that the pair is replaced
    /// together and the writer's own escaping is not doubled.
    private func separateEscapes(_ tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            if case .text = tokens[index].kind, let range = tokens[index].range, !range.isEmpty, range.lowerBound > 0,
               Assembler.isASCIIPunctuation(bytes[range.lowerBound]), isEscapingBackslash(at: range.lowerBound - 1) {
                let escape = Token(kind: .escape, range: (range.lowerBound - 1)..<(range.lowerBound + 1))
                if range.count == 1 {
                    tokens[index] = escape
                } else {
                    tokens[index].range = (range.lowerBound + 1)..<range.upperBound
                    tokens.insert(escape, at: index)
                    index += 1
                }
            }
            index += 1
        }
    }

    /// Whether the byte at `offset` is a backslash that escapes the next character: the last
    /// of an odd run of backslashes.
    private func isEscapingBackslash(at offset: Int) -> Bool {
        var count = 0
        var index = offset
        while index >= 0 && bytes[index] == UInt8(ascii: "\\") {
            count += 1
            index -= 1
        }
        return count % 2 == 1
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    private func byte(_ index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    private func run(of set: Set<UInt8>, from start: Int, limit: Int, max: Int) -> Int {
        var end = start
        while end < limit && end - start < max, let value = byte(end), set.contains(value) { end += 1 }
        return end
    }

    private static let emphasis: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "_")]
    private static let tilde: Set<UInt8> = [UInt8(ascii: "~")]
    private static let backtick: Set<UInt8> = [UInt8(ascii: "`")]
    private static let blank: Set<UInt8> = [0x20, 0x09]

    private func delimiterWidth(_ type: MD_SPANTYPE) -> (set: Set<UInt8>, count: Int)? {
        switch type {
        case MD_SPAN_EM: return (Assembler.emphasis, 1)
        case MD_SPAN_STRONG: return (Assembler.emphasis, 2)
        case MD_SPAN_DEL: return (Assembler.tilde, 2)
        default: return nil
        }
    }

    /// Where the delimiter of an opening token that ends at `end` starts, reading backward.
    private func delimiterStart(of kind: Token.Kind, endingAt end: Int) -> Int? {
        guard case .enter(let type) = kind else { return nil }
        if let (set, count) = delimiterWidth(type) {
            var start = end
            while start > 0 && end - start < count, set.contains(bytes[start - 1]) { start -= 1 }
            return start < end ? start : nil
        }
        switch type {
        case MD_SPAN_A:
            if byte(end - 1) == UInt8(ascii: "[") || byte(end - 1) == UInt8(ascii: "<") { return end - 1 }
            return end
        case MD_SPAN_IMG:
            return byte(end - 1) == UInt8(ascii: "[") && byte(end - 2) == UInt8(ascii: "!") ? end - 2 : nil
        case MD_SPAN_CODE:
            var start = end
            while start > 0 && Assembler.blank.contains(bytes[start - 1]) { start -= 1 }
            let ticks = start
            while start > 0 && bytes[start - 1] == UInt8(ascii: "`") { start -= 1 }
            return start < ticks ? start : nil
        default:
            return nil
        }
    }

    /// Where the delimiter of a token that starts at `start` ends, reading forward.
    private func delimiterEnd(of kind: Token.Kind, startingAt start: Int, limit: Int) -> Int? {
        switch kind {
        case .softBreak, .hardBreak:
            var end = start
            if byte(end) == UInt8(ascii: "\\") { end += 1 }
            end = run(of: Assembler.blank, from: end, limit: limit, max: .max)
            if byte(end) == 0x0D { end += 1 }
            guard byte(end) == 0x0A || byte(end - 1) == 0x0D else { return nil }
            if byte(end) == 0x0A { end += 1 }
            return run(of: [0x20, 0x09, UInt8(ascii: ">")], from: end, limit: limit, max: .max)
        case .enter(let type):
            if let (set, count) = delimiterWidth(type) {
                let end = run(of: set, from: start, limit: limit, max: count)
                return end > start ? end : nil
            }
            switch type {
            case MD_SPAN_A:
                return byte(start) == UInt8(ascii: "[") || byte(start) == UInt8(ascii: "<") ? start + 1 : start
            case MD_SPAN_IMG:
                return byte(start) == UInt8(ascii: "!") && byte(start + 1) == UInt8(ascii: "[") ? start + 2 : nil
            case MD_SPAN_CODE:
                let ticks = run(of: Assembler.backtick, from: start, limit: limit, max: .max)
                return ticks > start ? run(of: Assembler.blank, from: ticks, limit: limit, max: .max) : nil
            default:
                return nil
            }
        case .leave(let type):
            if let (set, count) = delimiterWidth(type) {
                let end = run(of: set, from: start, limit: limit, max: count)
                return end > start ? end : nil
            }
            switch type {
            case MD_SPAN_A, MD_SPAN_IMG:
                if byte(start) == UInt8(ascii: ">") { return start + 1 }
                if byte(start) == UInt8(ascii: "]") { return linkTail(after: start + 1, limit: limit) }
                return start
            case MD_SPAN_CODE:
                let spaces = run(of: Assembler.blank, from: start, limit: limit, max: .max)
                let end = run(of: Assembler.backtick, from: spaces, limit: limit, max: .max)
                return end > spaces ? end : nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// The end of what follows a link's `]`: an inline destination `(url "title")`, a
    /// reference `[label]`, or nothing (a shortcut reference).
    private func linkTail(after start: Int, limit: Int) -> Int {
        if byte(start) == UInt8(ascii: "(") {
            var index = start + 1
            var depth = 1
            var quote: UInt8?
            while index < limit, let value = byte(index) {
                if value == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if let open = quote {
                    if value == open { quote = nil }
                } else if value == UInt8(ascii: "\"") || value == UInt8(ascii: "'") {
                    quote = value
                } else if value == UInt8(ascii: "(") {
                    depth += 1
                } else if value == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return start
        }
        if byte(start) == UInt8(ascii: "[") {
            var index = start + 1
            while index < limit, let value = byte(index), value != UInt8(ascii: "]") {
                index += value == UInt8(ascii: "\\") ? 2 : 1
            }
            return byte(index) == UInt8(ascii: "]") ? index + 1 : start
        }
        return start
    }

    // MARK: Building content

    private func build(_ input: [Token], into builder: inout InlineBuilder) {
        var tokens = input
        locate(&tokens)
        var open: [InlineCode?] = []
        var opaqueStart: Int?
        var opaqueDepth = 0
        var opaqueKind = ""
        for token in tokens {
            if opaqueStart != nil {
                if case .enter = token.kind { opaqueDepth += 1 }
                if case .leave = token.kind {
                    opaqueDepth -= 1
                    if opaqueDepth == 0 {
                        if let start = opaqueStart, let end = token.range?.upperBound ?? tokens.last?.range?.upperBound {
                            builder.placeholder(opaqueKind, source: start..<max(start, end))
                        }
                        opaqueStart = nil
                    }
                }
                continue
            }
            switch token.kind {
            case .text:
                if let range = token.range { builder.appendText(range) }
            case .entity:
                if let range = token.range {
                    let text = HTMLEntities.reference(in: bytes, at: range.lowerBound, limit: range.upperBound)?.text
                    if let text { builder.appendDecoded(text, source: range) } else { builder.placeholder("entity", source: range) }
                }
            case .html, .code:
                if let range = token.range { builder.placeholder("html", source: range) }
            case .escape:
                if let range = token.range { builder.appendDecoded(String(UnicodeScalar(bytes[range.upperBound - 1])), source: range) }
            case .softBreak:
                if let range = token.range { builder.appendDecoded(" ", source: range) }
            case .hardBreak:
                if let range = token.range { builder.placeholder("linebreak", source: range) }
            case .enter(let type):
                guard let range = token.range else {
                    open.append(nil)
                    continue
                }
                let isURL = type == MD_SPAN_A && (range.isEmpty || byte(range.lowerBound) == UInt8(ascii: "<"))
                if type == MD_SPAN_CODE || isURL {
                    // Code spans and autolinks are not translated: one code holds them whole.
                    opaqueStart = range.lowerBound
                    opaqueDepth = 1
                    opaqueKind = type == MD_SPAN_CODE ? "code" : "url"
                    continue
                }
                open.append(builder.open(Assembler.name(of: type), source: range))
            case .leave:
                let code = open.popLast() ?? nil
                if let code, let range = token.range {
                    builder.close(code, source: range)
                } else if let range = token.range, !range.isEmpty {
                    builder.placeholder("markup", source: range)
                }
            }
        }
    }

    private static func name(of type: MD_SPANTYPE) -> String {
        switch type {
        case MD_SPAN_EM: return "emphasis"
        case MD_SPAN_STRONG: return "strong"
        case MD_SPAN_A: return "link"
        case MD_SPAN_IMG: return "image"
        case MD_SPAN_DEL: return "strikethrough"
        default: return "span"
        }
    }
}
