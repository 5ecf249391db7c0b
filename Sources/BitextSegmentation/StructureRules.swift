/// Boundaries that come from the shape of the text rather than its punctuation: blank lines,
/// list items (numbered, lettered or bulleted, inline or one per line), and, for scripts
/// without capital letters, quotations and parentheses.
struct StructureRules {
    /// Positions where a sentence must end: before a list item, at a blank line.
    private(set) var forcedBreaks = Set<Int>()
    /// Positions where a sentence must not end: right after a list marker ("1.)", "a.").
    private(set) var suppressed = Set<Int>()
    /// Balanced «…» pairs (opening and closing offsets), for caseless scripts.
    private var guillemets: [(open: Int, close: Int)] = []
    /// Balanced pairs of any bracket or quote, by closing offset, for caseless scripts.
    private var openerByCloser: [Int: Int] = [:]
    private let units: [UInt16]

    init(units: [UInt16], isCaseless: Bool) {
        self.units = units
        findParagraphBreaks()
        findListItems()
        if isCaseless { pairEnclosures() }
    }

    // MARK: Paragraphs and lists

    private mutating func findParagraphBreaks() {
        var index = 0
        while index < units.count {
            guard units[index] == 0x0A else {
                index += 1
                continue
            }
            var end = index
            var newlines = 0
            while end < units.count && Segmenter.isSpace(units[end]) {
                if units[end] == 0x0A { newlines += 1 }
                end += 1
            }
            let start = endOfText(before: index)
            if start > 0 && end < units.count {
                if newlines >= 2 {
                    forcedBreaks.insert(start)
                } else if let marker = marker(at: end) {
                    forcedBreaks.insert(start)
                    suppressed.insert(marker.end)
                }
            }
            index = end
        }
    }

    private mutating func findListItems() {
        var start = 0
        while start < units.count && Segmenter.isSpace(units[start]) { start += 1 }
        guard let first = marker(at: start) else { return }
        suppressed.insert(first.end)
        var previous = first
        var index = first.end
        while index < units.count {
            if Segmenter.isSpace(units[index - 1]), !Segmenter.isSpace(units[index]), let next = marker(at: index),
               next.continues(previous) {
                forcedBreaks.insert(endOfText(before: index))
                suppressed.insert(next.end)
                previous = next
                index = next.end
            } else {
                index += 1
            }
        }
    }

    /// The position just after the last non-space character before `position`.
    private func endOfText(before position: Int) -> Int {
        var end = position
        while end > 0 && Segmenter.isSpace(units[end - 1]) { end -= 1 }
        return end
    }

    /// A list marker at `position`: "1.", "1)", "1.)", "۱.", "a.", "b)", "•", "• 9.", "⁃10.".
    private func marker(at position: Int) -> ListMarker? {
        guard position < units.count else { return nil }
        if ListMarker.bullets.contains(units[position]) {
            var end = position + 1
            while end < units.count && units[end] == 0x20 { end += 1 }
            if let numbered = numberedMarker(at: end) { return ListMarker(style: .bullet, ordinal: 0, end: numbered.end) }
            return end > position + 1 ? ListMarker(style: .bullet, ordinal: 0, end: position + 1) : nil
        }
        return numberedMarker(at: position)
    }

    private func numberedMarker(at position: Int) -> ListMarker? {
        var index = position
        var ordinal = 0
        var style: ListMarker.Style
        while index < units.count && index - position < 3, let digit = ListMarker.digitValue(units[index]) {
            ordinal = ordinal * 10 + digit
            index += 1
        }
        if index > position {
            style = .number(delimiter: 0)
        } else if index < units.count && units[index] >= 0x61 && units[index] <= 0x7A {
            ordinal = Int(units[index]) - 0x60
            index += 1
            style = .letter(delimiter: 0)
        } else {
            return nil
        }
        // The delimiter: ".", ")" or ".)", then whitespace.
        let delimiterStart = index
        if index < units.count && units[index] == 0x2E { index += 1 }
        if index < units.count && units[index] == 0x29 { index += 1 }
        guard index > delimiterStart, index < units.count, Segmenter.isSpace(units[index]) else { return nil }
        let delimiter = units[delimiterStart..<index].reduce(0) { $0 &* 31 &+ Int($1) }
        switch style {
        case .number: style = .number(delimiter: delimiter)
        case .letter: style = .letter(delimiter: delimiter)
        case .bullet: break
        }
        return ListMarker(style: style, ordinal: ordinal, end: index)
    }

    // MARK: Quotations and parentheses (caseless scripts)

    private mutating func pairEnclosures() {
        var stack: [(unit: UInt16, offset: Int)] = []
        for (offset, unit) in units.enumerated() {
            let opener: UInt16
            switch unit {
            case 0xAB, 0x28, 0x5B, 0x201C:
                stack.append((unit, offset))
                continue
            case 0xBB: opener = 0xAB
            case 0x29: opener = 0x28
            case 0x5D: opener = 0x5B
            case 0x201D: opener = 0x201C
            default: continue
            }
            if let index = stack.lastIndex(where: { $0.unit == opener }) {
                let open = stack[index].offset
                stack.removeSubrange(index...)
                openerByCloser[offset] = open
                if unit == 0xBB { guillemets.append((open, offset)) }
            }
        }
    }

    /// Whether a position lies inside a «…» quotation: a quoted passage stays one segment.
    func isInsideQuotation(_ position: Int) -> Bool {
        guillemets.contains { $0.open < position && position <= $0.close }
    }

    /// Whether the text before `position` ends with sentence punctuation closed by a quotation
    /// mark or parenthesis that opened in the middle of a sentence (after a word, not after a
    /// colon, a full stop or the start of the text), as in «شعار «…!» تا پاسی از شب».
    func closesEmbeddedQuotation(_ position: Int) -> Bool {
        var index = position - 1
        var lastCloser: Int?
        while index >= 0, openerByCloser[index] != nil {
            lastCloser = lastCloser ?? index
            index -= 1
        }
        guard let closer = lastCloser, index >= 0, ListMarker.sentencePunctuation.contains(units[index]),
              let opener = openerByCloser[closer] else { return false }
        var before = opener - 1
        while before >= 0 && Segmenter.isSpace(units[before]) { before -= 1 }
        guard before >= 0 else { return false }
        return !ListMarker.sentencePunctuation.contains(units[before]) && units[before] != 0x3A
    }
}

/// A list item's marker.
private struct ListMarker {
    enum Style: Equatable {
        case number(delimiter: Int)
        case letter(delimiter: Int)
        case bullet
    }
    var style: Style
    var ordinal: Int
    /// The offset just after the marker.
    var end: Int

    /// Whether this marker is the next item after `previous` (same style, next number).
    func continues(_ previous: ListMarker) -> Bool {
        style == previous.style && (style == .bullet || ordinal == previous.ordinal + 1)
    }

    static let bullets: Set<UInt16> = [0x2022, 0x2043, 0x25AA, 0x25E6, 0x00B7, 0x2023, 0x25CF]
    /// . ! ? ؟ … and the Arabic full stop.
    static let sentencePunctuation: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x61F, 0x2026, 0x6D4]

    /// The value of an ASCII, Persian or Arabic-Indic digit.
    static func digitValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0x6F0...0x6F9: return Int(unit - 0x6F0)
        case 0x660...0x669: return Int(unit - 0x660)
        default: return nil
        }
    }
}
