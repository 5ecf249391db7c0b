/// Finds glossary terms in text: a trie over token sequences, walked from each token, longest
/// match first. Time is linear in the text (times the longest term's length in tokens);
/// building is linear in the glossary.
public struct TermMatcher: Sendable {
    /// A term found in a text.
    public struct Match: Sendable, Equatable {
        /// The index of the entry in the glossary.
        public var entry: Int
        /// The form that matched, as the glossary writes it.
        public var form: String
        /// The UTF-8 byte range in the text.
        public var range: Range<Int>
    }

    private struct Terminal: Sendable {
        var entry: Int
        var form: String
        var caseSensitiveTokens: [String]?
    }

    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var terminals: [Terminal] = []
    }

    private var nodes = [Node()]
    /// Persian suffixes that may be attached to a term's last word (plural, ezafe, indefinite,
    /// possessive): «تهرانی‌ها», «سازمان‌های», «کتابی».
    private let suffixes: [[UInt8]]
    private let foldsArabicLetters: Bool

    /// Builds a matcher for `(entry index, form, case-sensitive)` triples.
    public init(terms: [(entry: Int, form: String, isCaseSensitive: Bool)], allowsPersianSuffixes: Bool = false, foldsArabicLetters: Bool = true) {
        self.foldsArabicLetters = foldsArabicLetters
        suffixes = allowsPersianSuffixes ? ["هایی", "های", "ها", "ای", "ان", "یی", "ی", "ام", "ات", "اش", "مان", "تان", "شان"].map { Array($0.utf8) } : []
        for term in terms {
            let tokens = TermTokenizer.tokens(term.form, foldsArabicLetters: foldsArabicLetters)
            guard !tokens.isEmpty else { continue }
            var node = 0
            for token in tokens {
                let key = token.key
                if let next = nodes[node].children[key] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            nodes[node].terminals.append(Terminal(entry: term.entry, form: term.form,
                                                  caseSensitiveTokens: term.isCaseSensitive ? tokens.map(\.form) : nil))
        }
    }

    /// The terms in a text, longest first where they overlap, in text order.
    public func matches(in text: String) -> [Match] {
        let tokens = TermTokenizer.tokens(text, foldsArabicLetters: foldsArabicLetters)
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            var best: (end: Int, terminals: [Terminal])?
            var node = 0
            var position = index
            while position < tokens.count {
                let form = tokens[position].key
                // The word may carry a Persian suffix: its stem can end the match here.
                for stem in stems(of: form) {
                    guard let next = nodes[node].children[stem] else { continue }
                    let accepted = accept(nodes[next].terminals, tokens[index...position], strippedLast: stem)
                    if !accepted.isEmpty && (best?.end ?? 0) < position + 1 { best = (position + 1, accepted) }
                }
                guard let next = nodes[node].children[form] else { break }
                node = next
                position += 1
                let accepted = accept(nodes[node].terminals, tokens[index..<position], strippedLast: nil)
                if !accepted.isEmpty { best = (position, accepted) }
            }
            if let best {
                let range = tokens[index].range.lowerBound..<tokens[best.end - 1].range.upperBound
                var seen = Set<Int>()
                for terminal in best.terminals where seen.insert(terminal.entry).inserted {
                    result.append(Match(entry: terminal.entry, form: terminal.form, range: range))
                }
                index = best.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The word without each suffix it ends with (compared as bytes: these are plain letters,
    /// and String comparison would pay for grapheme breaking on every word).
    private func stems(of form: String) -> [String] {
        guard !suffixes.isEmpty, let first = form.utf8.first, first >= 0x80 else { return [] }
        let bytes = Array(form.utf8)
        return suffixes.compactMap { suffix in
            // Keep at least two letters (four bytes) of stem.
            bytes.count >= suffix.count + 4 && bytes.suffix(suffix.count).elementsEqual(suffix)
                ? String(decoding: bytes.dropLast(suffix.count), as: UTF8.self) : nil
        }
    }

    /// The terminals whose case rule the matched tokens satisfy.
    private func accept(_ terminals: [Terminal], _ tokens: ArraySlice<TermTokenizer.Token>, strippedLast: String?) -> [Terminal] {
        terminals.filter { terminal in
            guard let expected = terminal.caseSensitiveTokens else { return true }
            var forms = tokens.map(\.form)
            if let strippedLast, !forms.isEmpty { forms[forms.count - 1] = strippedLast }
            return forms == expected
        }
    }
}
