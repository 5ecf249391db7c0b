import BitextModel
import Foundation

/// Translation memory matches on the source as a translator reads it: the text in NFC with
/// whitespace runs as one space, and the codes by kind and place (a sentence with a link is
/// not the same unit as the sentence without it).
enum MemoryKey {
    static func make(_ content: [Inline]) -> String {
        var key = ""
        var pendingSpace = false
        for element in content {
            switch element {
            case .text(let run):
                // Most news text is already NFC; normalizing only what is not saves the copy.
                let text = run.text.utf8.allSatisfy({ $0 < 0x80 }) ? run.text : run.text.precomposedStringWithCanonicalMapping
                for scalar in text.unicodeScalars {
                    if scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                        pendingSpace = !key.isEmpty
                    } else {
                        if pendingSpace { key += " " }
                        pendingSpace = false
                        key.unicodeScalars.append(scalar)
                    }
                }
            case .open(let code): key += "\u{E000}\(code.kind)\u{E001}"
            case .close(let code): key += "\u{E000}/\(code.kind)\u{E001}"
            case .placeholder(let code): key += "\u{E000}\(code.kind)/\u{E001}"
            }
        }
        return key
    }

    /// The key's 64-bit FNV-1a hash in hex: what the memory table is keyed by (the key itself
    /// is as long as the sentence). A lookup checks the remembered source's key, so a
    /// collision can only miss a match.
    static func hash(_ key: String) -> String {
        let hex = String(StableID.fnv1a64(key), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A remembered target made to fit a new source with the same key: its codes take the new
    /// source's ids and markup, in order of appearance.
    static func adapt(target: [Inline], rememberedSource: [Inline], newSource: [Inline]) -> [Inline]? {
        let oldCodes = rememberedSource.filter { $0.code != nil }
        let newCodes = newSource.filter { $0.code != nil }
        guard oldCodes.count == newCodes.count else { return nil }
        var newID: [Int: Int] = [:]
        var newByTypeAndID: [String: Inline] = [:]
        for (old, new) in zip(oldCodes, newCodes) {
            guard let oldCode = old.code, let newCode = new.code, oldCode.kind == newCode.kind, tag(old) == tag(new) else { return nil }
            newID[oldCode.id] = newCode.id
            newByTypeAndID["\(tag(new))\(newCode.id)"] = new
        }
        var result: [Inline] = []
        for element in target {
            if case .text(let run) = element {
                result.append(.text(TextRun(run.text)))
                continue
            }
            guard let code = element.code, let id = newID[code.id], let new = newByTypeAndID["\(tag(element))\(id)"] else { return nil }
            result.append(new)
        }
        return result
    }

    private static func tag(_ element: Inline) -> String {
        switch element {
        case .text: return "t"
        case .open: return "o"
        case .close: return "c"
        case .placeholder: return "p"
        }
    }
}
