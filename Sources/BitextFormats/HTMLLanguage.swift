import BitextModel

/// Sets the language and direction of an HTML page on its `<html>` start tag, so that
/// browsers, screen readers and search engines treat a translated page as what it is.
public enum HTMLLanguage {
    /// The page with `lang` set to the tag and `dir` to `rtl` or `ltr` on `<html>`: existing
    /// attributes have their values replaced (keeping their quotes), missing ones are added.
    /// A page without an `<html>` start tag (a fragment) is returned as it is.
    public static func setting(_ language: LanguageTag, in bytes: [UInt8]) -> [UInt8] {
        guard let tag = htmlStartTag(in: bytes) else { return bytes }
        let direction = language.isRightToLeft ? "rtl" : "ltr"
        var replacements: [Skeleton.Replacement] = []
        var found: Set<String> = []
        for attribute in attributes(in: bytes, tag: tag) where attribute.name == "lang" || attribute.name == "dir" {
            guard !found.contains(attribute.name) else { continue }
            found.insert(attribute.name)
            let value = attribute.name == "lang" ? language.value : direction
            if let range = attribute.value {
                replacements.append(.init(range: range, bytes: Array(value.utf8)))
            } else {
                replacements.append(.init(range: attribute.nameEnd..<attribute.nameEnd, bytes: Array("=\"\(value)\"".utf8)))
            }
        }
        var added = ""
        if !found.contains("lang") { added += " lang=\"\(language.value)\"" }
        if !found.contains("dir") { added += " dir=\"\(direction)\"" }
        if !added.isEmpty { replacements.append(.init(range: tag.nameEnd..<tag.nameEnd, bytes: Array(added.utf8))) }
        return Skeleton(bytes: bytes).rendering(replacements)
    }

    private struct StartTag {
        var nameEnd: Int
        var end: Int
    }

    private struct Attribute {
        var name: String
        var nameEnd: Int
        /// The value without its quotes, or nil for a bare attribute.
        var value: Range<Int>?
    }

    /// The `<html …>` tag at the top of the page, after any BOM, whitespace, comments and doctype.
    private static func htmlStartTag(in bytes: [UInt8]) -> StartTag? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else { return nil }
                index = end + 3
            } else if bytes[index...].starts(with: Array("<!".utf8)) || bytes[index...].starts(with: Array("<?".utf8)) {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                index = end + 1
            } else if index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "<"),
                      String(decoding: bytes[(index + 1)..<(index + 5)], as: UTF8.self).lowercased() == "html",
                      index + 5 < bytes.count, isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: ">") || bytes[index + 5] == UInt8(ascii: "/") {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                return StartTag(nameEnd: index + 5, end: end)
            } else {
                return nil
            }
        }
        return nil
    }

    private static func attributes(in bytes: [UInt8], tag: StartTag) -> [Attribute] {
        var result: [Attribute] = []
        var index = tag.nameEnd
        while index < tag.end {
            while index < tag.end && (isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/")) { index += 1 }
            let nameStart = index
            while index < tag.end && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: "=") && bytes[index] != UInt8(ascii: "/") { index += 1 }
            guard index > nameStart else { break }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            let nameEnd = index
            var cursor = index
            while cursor < tag.end && isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < tag.end, bytes[cursor] == UInt8(ascii: "=") else {
                result.append(Attribute(name: name, nameEnd: nameEnd, value: nil))
                continue
            }
            cursor += 1
            while cursor < tag.end && isSpace(bytes[cursor]) { cursor += 1 }
            if cursor < tag.end && (bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'")) {
                let quote = bytes[cursor]
                let valueStart = cursor + 1
                let valueEnd = bytes[valueStart..<tag.end].firstIndex(of: quote) ?? tag.end
                result.append(Attribute(name: name, nameEnd: nameEnd, value: valueStart..<valueEnd))
                index = min(valueEnd + 1, tag.end)
            } else {
                let valueStart = cursor
                while cursor < tag.end && !isSpace(bytes[cursor]) { cursor += 1 }
                result.append(Attribute(name: name, nameEnd: nameEnd, value: valueStart..<cursor))
                index = cursor
            }
        }
        return result
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
