import BitextModel
import BitextText

/// A bilingual HTML edition: one self-contained HTML5 page with the two languages side by side
/// (stacked on narrow screens), each cell with its own `lang` and `dir`, runs in the opposite
/// direction isolated in `<bdi>`, and every piece of text escaped.
public enum BilingualHTML {
    /// The page. The columns run left to right whatever the languages: the English on the
    /// left, the Persian on the right, where each is read from. With `persianDates`, a Gregorian date in a Persian cell is shown as its Solar
    /// Hijri date in a `<time>` whose `title` keeps the date as the translator wrote it.
    public static func render(_ edition: BilingualEdition, persianDates: Bool = false) -> String {
        let source = edition.sourceLanguage
        let target = edition.targetLanguage
        var body = ""
        for row in edition.rows {
            let kind = row.kind.name == "heading" ? "heading level-\(row.kind.level ?? 1)" : row.kind.name
            body += "<div class=\"pair \(kind)\">\n"
            body += "  " + cell(row.source, kind: row.kind, language: source, side: "source") + "\n"
            if let text = row.target {
                body += "  " + cell(text, kind: row.kind, language: target, side: "target",
                                   persianDates: persianDates && target.language == "fa") + "\n"
            } else {
                body += "  <div class=\"target untranslated\" lang=\"\(source.value)\" dir=\"\(direction(source))\">"
                    + "<span class=\"flag\">not translated yet</span> \(escape(row.source))</div>\n"
            }
            body += "</div>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(target.value)" dir="\(direction(target))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Bitext">
        <title>\(escape(edition.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main class="edition" dir="ltr">
        \(body)</main>
        </body>
        </html>

        """
    }

    /// Fonts Debian ships for Persian (Noto Naskh Arabic, Vazirmatn when installed), then
    /// whatever the system has; Latin text keeps a serif.
    static let style = """
    :root { --rule: #d0d0d0; --flag: #8a1c1c; }
    body { margin: 0; padding: 1.5rem; font: 1.05rem/1.7 "Noto Serif", Georgia, serif; color: #1b1b1b; background: #fff; }
    .edition { max-width: 72rem; margin: 0 auto; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; padding: .6rem 0; border-bottom: 1px solid var(--rule); }
    .pair > div { min-width: 0; overflow-wrap: anywhere; }
    [lang|="fa"], [lang|="ar"] { font-family: "Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; line-height: 1.9; }
    [dir="rtl"] { text-align: right; }
    [dir="ltr"] { text-align: left; }
    h1, h2, h3, h4, h5, h6, ul, blockquote { margin: 0; }
    h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; } h3, h4, h5, h6 { font-size: 1.1rem; }
    ul { padding-inline-start: 1.2rem; }
    blockquote { font-style: italic; padding-inline-start: 1rem; border-inline-start: 3px solid var(--rule); }
    .untranslated { color: #666; }
    .untranslated .flag { display: inline-block; font: bold .75rem/1.4 sans-serif; color: #fff; background: var(--flag); padding: 0 .4rem; border-radius: .2rem; }
    @media (max-width: 700px) { body { padding: .8rem; } .pair { grid-template-columns: 1fr; gap: .3rem; } }
    @media print { body { padding: 0; font-size: 10.5pt; } .pair { break-inside: avoid; } .untranslated .flag { color: var(--flag); background: none; border: 1px solid; } }
    """

    private static func cell(_ text: String, kind: BlockKind, language: LanguageTag, side: String, persianDates: Bool = false) -> String {
        var content = ""
        if persianDates {
            let bytes = Array(text.utf8)
            var position = 0
            for date in PersianLocalization.gregorianDates(in: text) {
                content += isolated(String(decoding: bytes[position..<date.range.lowerBound], as: UTF8.self), in: language)
                content += "<time datetime=\"\(date.iso)\" title=\"\(escape(date.original))\">\(escape(date.solarHijri))</time>"
                position = date.range.upperBound
            }
            content += isolated(String(decoding: bytes[position...], as: UTF8.self), in: language)
        } else {
            content = isolated(text, in: language)
        }
        return "<div class=\"\(side)\" lang=\"\(language.value)\" dir=\"\(direction(language))\">\(structured(content, kind: kind))</div>"
    }

    /// The cell's content in the element its block was in the article: a heading stays a
    /// heading, a list item an item, a quotation a quotation.
    private static func structured(_ content: String, kind: BlockKind) -> String {
        switch kind.name {
        case "heading":
            let level = min(max(kind.level ?? 1, 1), 6)
            return "<h\(level)>\(content)</h\(level)>"
        case "list-item": return "<ul><li>\(content)</li></ul>"
        case "quote": return "<blockquote>\(content)</blockquote>"
        default: return content
        }
    }

    private static func direction(_ language: LanguageTag) -> String {
        language.isRightToLeft ? "rtl" : "ltr"
    }

    /// The text escaped, with every run of words whose direction is opposite to the language's
    /// (a Latin name or acronym in Persian, Persian in English) in a `<bdi>`, so that it cannot
    /// reorder with the punctuation around it.
    static func isolated(_ text: String, in language: LanguageTag) -> String {
        let paragraph: TextDirection = language.isRightToLeft ? .rightToLeft : .leftToRight
        guard let bidi = try? BidiParagraph(text, direction: paragraph) else { return escape(text) }
        let units = Array(text.utf16)
        var output = ""
        for run in bidi.runs {
            let piece = String(decoding: units[run.range], as: UTF16.self)
            // Runs at the paragraph's own level stay as they are, and so do bare numbers: digits
            // between Persian words keep their place; a Latin word or name does not.
            if run.direction == paragraph || !piece.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                output += escape(piece)
            } else {
                let leading = piece.prefix { $0 == " " }
                let trailing = String(piece.dropFirst(leading.count).reversed().prefix { $0 == " " })
                let core = piece.dropFirst(leading.count).dropLast(trailing.count)
                output += String(leading) + "<bdi dir=\"\(run.direction == .leftToRight ? "ltr" : "rtl")\">" + escape(String(core)) + "</bdi>" + trailing
            }
        }
        return output
    }

    /// Text as HTML text: & < > " escaped, so that a translation containing markup shows as text.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
