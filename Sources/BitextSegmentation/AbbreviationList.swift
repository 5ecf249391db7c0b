/// Abbreviations with their dots (`Mr.`, `U.S.`, `ه.ق.`), in two kinds: those that never end
/// a sentence (a title is always followed by a name) and those that can (`etc.`, `U.S.`).
public struct AbbreviationList: Sendable {
    /// Abbreviations after which a sentence never ends.
    public var neverEnding: Set<String> = []
    /// Abbreviations that may be the last word of a sentence.
    public var canEnd: Set<String> = []

    public init(neverEnding: Set<String> = [], canEnd: Set<String> = []) {
        self.neverEnding = neverEnding
        self.canEnd = canEnd
    }

    /// Parses the `locales/<lang>/abbreviations.txt` format: one abbreviation a line, `#`
    /// comments, and the section lines `# never ends a sentence` and `# can end a sentence`.
    public init(text: String, file: String) throws {
        var section: Bool?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.trimming(" \t\r")
            if entry == "# never ends a sentence" {
                section = false
            } else if entry == "# can end a sentence" {
                section = true
            } else if entry.isEmpty || entry.hasPrefix("#") {
                continue
            } else {
                guard let canEndSection = section else {
                    throw SegmentationError(message: "\(file):\(number + 1): '\(entry)' comes before a '# never ends a sentence' or '# can end a sentence' line")
                }
                guard entry.hasSuffix("."), !entry.contains(" ") else {
                    throw SegmentationError(message: "\(file):\(number + 1): '\(entry)' must be one word ending with its dot")
                }
                if canEndSection { canEnd.insert(entry) } else { neverEnding.insert(entry) }
            }
        }
    }

    /// Both lists together (a Persian text also holds Latin abbreviations).
    public func merging(_ other: AbbreviationList) -> AbbreviationList {
        AbbreviationList(neverEnding: neverEnding.union(other.neverEnding), canEnd: canEnd.union(other.canEnd))
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self)
        while let first = view.unicodeScalars.first, scalars.contains(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, scalars.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
