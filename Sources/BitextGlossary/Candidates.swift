/// Names and acronyms in source texts that a glossary lacks: the report behind
/// `glossary candidates`, to help grow the names list.
public enum Candidates {
    /// A candidate term and how often it occurs.
    public struct Candidate: Sendable, Equatable {
        public var term: String
        public var count: Int

        public init(term: String, count: Int) {
            self.term = term
            self.count = count
        }
    }

    /// Small words that may sit inside a name ("Assembly of Experts", "Sistan and Baluchestan").
    private static let connectors: Set<String> = ["of", "and", "the", "for", "de", "al", "e"]

    /// Capitalized word sequences (one to five words, small connecting words allowed inside)
    /// and acronyms that occur at least `minimumCount` times and are not in the glossary,
    /// most frequent first (then longer first, then alphabetically). Capitalized words in
    /// `ignoring` (sentence openers such as "The") never start a candidate.
    public static func find(in texts: [String], glossary: Glossary, ignoring: Set<String> = [], minimumCount: Int = 2) -> [Candidate] {
        var counts: [String: Int] = [:]
        var display: [String: String] = [:]
        for text in texts {
            let tokens = TermTokenizer.tokens(text)
            let bytes = Array(text.utf8)
            let known = glossary.terms(in: text, isPersian: false).map(\.range)
            var index = 0
            while index < tokens.count {
                // "The" opening "The Assembly of Experts" is not part of the name.
                guard isCapitalized(tokens[index].text), !ignoring.contains(tokens[index].text) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.count {
                    if isCapitalized(tokens[end].text) && isAdjacent(tokens[end - 1], tokens[end], in: bytes) {
                        end += 1
                    } else if end + 1 < tokens.count, connectors.contains(tokens[end].text), isCapitalized(tokens[end + 1].text),
                              isAdjacent(tokens[end - 1], tokens[end], in: bytes), isAdjacent(tokens[end], tokens[end + 1], in: bytes) {
                        end += 2
                    } else {
                        break
                    }
                    if end - index >= 5 { break }
                }
                let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
                // Possessives and plurals count with their base form ("Jahanbani’s" is Jahanbani).
                let phrase = tokens[index..<end].map(\.form).joined(separator: " ")
                let written = tokens[index..<end].map(\.text).joined(separator: " ")
                let isKnown = known.contains { $0.overlaps(range) }
                let isSingle = end - index == 1
                // A lone capitalized word opening a sentence is capitalized for that reason; a
                // short one before a dot is a title (Mr., Dr., Gen.).
                let isSentenceStart = isSingle && index == 0
                let isTitle = isSingle && tokens[index].text.count <= 4 && bytes.indices.contains(range.upperBound)
                    && bytes[range.upperBound] == UInt8(ascii: ".")
                if !isKnown && !isSentenceStart && !isTitle {
                    counts[phrase, default: 0] += 1
                    // Shown as first written, unless that was a possessive ("Jahanbani’s").
                    let isPossessive = written.hasSuffix("’s") || written.hasSuffix("'s")
                    if display[phrase] == nil || (display[phrase] == phrase && !isPossessive) { display[phrase] = isPossessive ? phrase : written }
                }
                index = end
            }
        }
        return counts.filter { $0.value >= minimumCount }
            .map { Candidate(term: display[$0.key] ?? $0.key, count: $0.value) }
            .sorted { ($0.count, $0.term.count, $1.term) > ($1.count, $1.term.count, $0.term) }
    }

    private static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether two tokens are separated only by spaces or a hyphen (not by punctuation).
    private static func isAdjacent(_ left: TermTokenizer.Token, _ right: TermTokenizer.Token, in bytes: [UInt8]) -> Bool {
        let between = bytes[left.range.upperBound..<right.range.lowerBound]
        return !between.isEmpty && between.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "-") }
    }
}
