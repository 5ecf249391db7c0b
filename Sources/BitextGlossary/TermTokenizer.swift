/// Splits text into the word tokens terms are matched on, each with its place in the text
/// and its matching form.
///
/// A token is a run of letters, digits and combining marks; hyphens, spaces, punctuation and
/// the zero-width non-joiner separate tokens, so "IRGC-linked" holds the token IRGC and
/// «سپاه‌پاسداران» and «سپاه پاسداران» are the same two tokens.
struct TermTokenizer {
    struct Token {
        /// The token as written.
        var text: String
        /// The form terms are compared in (see `normalize`).
        var form: String
        /// The form lowercased: the trie's key.
        var key: String
        /// The UTF-8 byte range in the text.
        var range: Range<Int>
    }

    /// With `foldsArabicLetters` false, Arabic ي ى ك stay as they are: a forbidden form
    /// written with them must not match the same word in Persian letters.
    static func tokens(_ text: String, foldsArabicLetters: Bool = true) -> [Token] {
        var result: [Token] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                let word = String(current)
                let form = normalize(word, foldsArabicLetters: foldsArabicLetters)
                result.append(Token(text: word, form: form, key: lowercased(form), range: start..<offset))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let width = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            // ASCII first: Unicode property lookups dominate the cost on long texts.
            let isWordPart = value < 0x80
                ? (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (value == 0x27 && !current.isEmpty)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark || (scalar == "’" && !current.isEmpty)
            if isWordPart && scalar != "\u{640}" {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if scalar != "\u{640}" {
                flush()
            }
            offset += width
        }
        flush()
        return result
    }

    /// The matching form of a word: Arabic letter variants as Persian (ي ى → ی, ك → ک),
    /// without short-vowel marks or the kashida; English possessives and plurals reduced to
    /// the singular ("IRGC's" → IRGC, "sanctions" → sanction, "militias" → militia,
    /// "authorities" → authority). Letter case is kept: case-insensitive entries compare
    /// lowercased forms.
    static func normalize(_ word: String, foldsArabicLetters: Bool = true) -> String {
        var form = word
        // Most words need no change: look before building a new string.
        let needsFolding = word.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (0x643...0x670).contains(value) && (value == 0x643 || value == 0x649 || value == 0x64A || value >= 0x64B)
        }
        if needsFolding {
            var scalars = String.UnicodeScalarView()
            for scalar in word.unicodeScalars {
                switch scalar.value {
                case 0x64A where foldsArabicLetters, 0x649 where foldsArabicLetters: scalars.append("\u{6CC}")
                case 0x643 where foldsArabicLetters: scalars.append("\u{6A9}")
                case 0x64B...0x65F, 0x670: continue
                default: scalars.append(scalar)
                }
            }
            form = String(scalars)
        }
        guard let last = form.unicodeScalars.last else { return form }
        if last == "'" || last == "’" || last == "s" || last == "S" {
            for possessive in ["'s", "’s", "'", "’"] where form.hasSuffix(possessive) && form.count > possessive.count + 1 {
                form.removeLast(possessive.count)
                break
            }
        }
        guard form.utf8.count > 3, form.utf8.allSatisfy({ $0 < 0x80 }) else { return form }
        let lower = form.lowercased()
        if lower.hasSuffix("ies") { return String(form.dropLast(3)) + (form.last!.isUppercase ? "Y" : "y") }
        if ["ches", "shes", "sses", "xes", "zes"].contains(where: { lower.hasSuffix($0) }) { return String(form.dropLast(2)) }
        if lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is") {
            return String(form.dropLast())
        }
        return form
    }

    /// The key a form is looked up by: lowercased, without the cost for letters that have no case.
    static func lowercased(_ form: String) -> String {
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            return form.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? form.lowercased() : form
        }
        return form.unicodeScalars.contains { $0.properties.changesWhenLowercased } ? form.lowercased() : form
    }
}
