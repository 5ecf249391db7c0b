import BitextModel

/// Checks a translation's inline codes against its source's, the way a translator's QA tool
/// does (compare Translate Toolkit's `xmltags` and Okapi's inline-code check): every code of
/// the source once, no code the source does not have, and pairs that still nest.
public enum TargetChecks {
    /// What is wrong with the target's codes, each as a sentence for the translator; empty when
    /// nothing is.
    public static func codeProblems(source: [Inline], target: [Inline]) -> [String] {
        var problems: [String] = []
        let sourceCodes = source.compactMap(codeKey)
        let targetCodes = target.compactMap(codeKey)
        let sourceSet = Set(sourceCodes)
        var seen: [CodeKey: Int] = [:]
        for code in targetCodes { seen[code, default: 0] += 1 }
        for code in sourceCodes where seen[code] == nil {
            problems.append("\(describe(code, in: source)) is missing; put it back where it belongs in the translation")
        }
        for (code, count) in seen.sorted(by: { $0.key < $1.key }) {
            if !sourceSet.contains(code) {
                problems.append("\(describe(code, in: source)) is not in the source; remove it")
            } else if count > 1 {
                problems.append("\(describe(code, in: source)) appears \(count) times; keep it once")
            }
        }
        problems += nestingProblems(target, source: source)
        return problems
    }

    /// Whether the target says the same as the source (a sentence left untranslated, or
    /// copied by mistake): the same text once whitespace is ignored.
    public static func isCopyOfSource(source: [Inline], target: [Inline]) -> Bool {
        let targetText = target.plainText
        let sourceText = source.plainText
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar.properties.isWhitespace }
        let text = targetText.unicodeScalars.lazy.filter { !isSpace($0) }
        // Lazily, so that the usual case (a real translation) stops at the first letter.
        return text.first != nil && text.elementsEqual(sourceText.unicodeScalars.lazy.filter { !isSpace($0) })
    }

    /// Whether a target holds nothing: no text but whitespace and no codes.
    public static func isEmpty(_ target: [Inline]) -> Bool {
        target.allSatisfy { element in
            if case .text(let run) = element { return run.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
            return false
        }
    }

    /// The source code a target's code refers to (same role and id), which holds its markup.
    public static func sourceCode(for element: Inline, in source: [Inline]) -> InlineCode? {
        guard let key = codeKey(element) else { return nil }
        return source.first { codeKey($0) == key }?.code
    }

    // MARK: Codes

    /// A code as a translation refers to it: what kind of marker, and its id.
    struct CodeKey: Hashable, Comparable {
        enum Role: Int { case open, close, placeholder }
        var role: Role
        var id: Int

        static func < (lhs: CodeKey, rhs: CodeKey) -> Bool { (lhs.id, lhs.role.rawValue) < (rhs.id, rhs.role.rawValue) }
    }

    static func codeKey(_ element: Inline) -> CodeKey? {
        switch element {
        case .text: return nil
        case .open(let code): return CodeKey(role: .open, id: code.id)
        case .close(let code): return CodeKey(role: .close, id: code.id)
        case .placeholder(let code): return CodeKey(role: .placeholder, id: code.id)
        }
    }

    private static func describe(_ key: CodeKey, in source: [Inline]) -> String {
        let original = source.first { codeKey($0) == key }?.code?.original
        let role: String
        switch key.role {
        case .open: role = "the start of code \(key.id)"
        case .close: role = "the end of code \(key.id)"
        case .placeholder: role = "code \(key.id)"
        }
        if let original, !original.isEmpty { return "\(role) (\(original))" }
        return role
    }

    /// Pairs whose start and end are both in the segment must come in that order and nest.
    private static func nestingProblems(_ target: [Inline], source: [Inline]) -> [String] {
        let sourceOpens = Set(source.compactMap { element -> Int? in if case .open(let code) = element { return code.id } else { return nil } })
        let sourceCloses = Set(source.compactMap { element -> Int? in if case .close(let code) = element { return code.id } else { return nil } })
        let paired = sourceOpens.intersection(sourceCloses)
        var stack: [Int] = []
        for element in target {
            switch element {
            case .open(let code) where paired.contains(code.id):
                stack.append(code.id)
            case .close(let code) where paired.contains(code.id):
                guard let index = stack.lastIndex(of: code.id) else {
                    return ["the end of code \(code.id) comes before its start; move it after the start"]
                }
                if index != stack.count - 1 {
                    return ["codes \(stack[index]) and \(stack[stack.count - 1]) overlap; close the inner one first"]
                }
                stack.removeLast()
            default:
                break
            }
        }
        return []
    }
}
