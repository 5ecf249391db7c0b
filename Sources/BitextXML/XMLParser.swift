/// A non-validating XML 1.0 parser with namespaces (XML Namespaces 1.0) that builds a tree of
/// `XMLElement`s from UTF-8 bytes.
///
/// It reads no DTD: a DTD is how XML defines entities, and entities are how "billion laughs"
/// expansion bombs and external-entity reads (XXE) work, and no translation format Bitext reads
/// needs one. A document type declaration is refused, or, for formats whose tools write one that
/// only names an external DTD (TBX 2008), skipped unread; an internal subset, where declarations
/// live, is always refused. So only the five predefined entities and character references exist
/// (XML 1.0 §4.6), nothing is ever expanded beyond the input's size and nothing is ever fetched.
/// Elements are parsed with an explicit stack and nesting is limited to `maximumDepth`, so hostile
/// input cannot exhaust the call stack of the readers that walk the tree (or of its release).
struct XMLParser {
    /// The deepest element nesting accepted; real translation files stay below 50.
    static let maximumDepth = 1000

    private let input: UnsafeBufferPointer<UInt8>
    private let documentTypes: XMLInput.DocumentTypes
    private var position = 0
    private var lines: LineCounter
    /// In-scope namespace bindings, innermost last.
    private var bindings: [(prefix: String, uri: String)] = [("xml", XMLNamespace.xml)]
    private var scratch: [UInt8] = []

    private init(input: UnsafeBufferPointer<UInt8>, documentTypes: XMLInput.DocumentTypes) {
        self.input = input
        self.documentTypes = documentTypes
        lines = LineCounter(input: input)
    }

    /// Parses a whole document (UTF-8, without byte order mark) and returns its root element.
    static func parse(_ bytes: [UInt8], documentTypes: XMLInput.DocumentTypes = .refused) throws -> XMLElement {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = XMLParser(input: buffer, documentTypes: documentTypes)
            return try parser.parseDocument()
        }
    }

    // MARK: Document

    private mutating func parseDocument() throws -> XMLElement {
        var root: XMLElement?
        var hasDocumentType = false
        while true {
            skipWhitespace()
            guard position < input.count else { break }
            if starts(with: "<?") {
                try parseProcessingInstruction()
            } else if starts(with: "<!--") {
                try parseComment()
            } else if starts(with: "<!DOCTYPE"), documentTypes == .skippedWithoutInternalSubset, root == nil, !hasDocumentType {
                try skipDocumentType()
                hasDocumentType = true
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!ENTITY") {
                throw refuseDocumentType()
            } else if root == nil, starts(with: "<"), position + 1 < input.count, XMLSyntax.isNameStart(input[position + 1]) {
                root = try parseRootElement()
            } else if root == nil {
                throw error("expected the root element (\"<\" and a name) but found \(describeHere()); is this an XML file?")
            } else {
                throw error("only comments and processing instructions may follow the root element, found \(describeHere())")
            }
        }
        guard let root else {
            throw error("the file has no root element")
        }
        return root
    }

    private mutating func parseRootElement() throws -> XMLElement {
        var open: [(element: XMLElement, name: Range<Int>, bindings: Int)] = []
        let (root, rootName, rootEmpty) = try parseStartTag()
        if rootEmpty { return root }
        open.append((root, rootName, bindings.count))
        while let current = open.last {
            guard position < input.count else {
                throw error("the file ends inside <\(string(current.name))> (line \(current.element.line)); the end tag </\(string(current.name))> is missing")
            }
            if input[position] != UInt8(ascii: "<") {
                appendText(try parseText(), to: current.element)
                continue
            }
            guard position + 1 < input.count else {
                throw error("the file ends inside a tag")
            }
            switch input[position + 1] {
            case UInt8(ascii: "/"):
                try parseEndTag(expected: current.name, openedAt: current.element)
                open.removeLast()
                bindings.removeSubrange(current.bindings...)
            case UInt8(ascii: "!"):
                if starts(with: "<!--") {
                    try parseComment()
                } else if starts(with: "<![CDATA[") {
                    appendText(try parseCDATA(), to: current.element)
                } else if starts(with: "<!DOCTYPE") || starts(with: "<!ENTITY") {
                    throw refuseDocumentType()
                } else {
                    throw error("\"<!\" must start a comment (<!--) or a CDATA section (<![CDATA[)")
                }
            case UInt8(ascii: "?"):
                try parseProcessingInstruction()
            default:
                let scopeStart = bindings.count
                let (element, name, isEmpty) = try parseStartTag()
                current.element.children.append(.element(element))
                if isEmpty {
                    bindings.removeSubrange(scopeStart...)
                } else {
                    guard open.count < Self.maximumDepth else {
                        throw error("elements are nested more than \(Self.maximumDepth) levels deep; this is not a translation file Bitext can read", at: position - 1)
                    }
                    open.append((element, name, scopeStart))
                }
            }
        }
        return root
    }

    private func appendText(_ text: String, to element: XMLElement) {
        if case .text(let previous)? = element.children.last {
            element.children[element.children.count - 1] = .text(previous + text)
        } else {
            element.children.append(.text(text))
        }
    }

    // MARK: Tags

    private mutating func parseStartTag() throws -> (XMLElement, Range<Int>, Bool) {
        let tagStart = position
        position += 1
        guard position < input.count, XMLSyntax.isNameStart(input[position]) else {
            throw error("\"<\" must start a tag; write &lt; for a literal less-than sign")
        }
        let name = scanName()
        var raw: [(name: Range<Int>, value: String, offset: Int)] = []
        var isEmpty = false
        while true {
            let hadSpace = skipWhitespace()
            guard position < input.count else {
                throw error("the file ends inside the tag <\(string(name))>")
            }
            if input[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if starts(with: "/>") {
                position += 2
                isEmpty = true
                break
            }
            guard hadSpace, XMLSyntax.isNameStart(input[position]) else {
                throw error("expected an attribute, \">\" or \"/>\" in the tag <\(string(name))> but found \(describeHere())")
            }
            let attributeOffset = position
            let attributeName = scanName()
            skipWhitespace()
            guard position < input.count, input[position] == UInt8(ascii: "=") else {
                throw error("the attribute \(string(attributeName)) has no value; write \(string(attributeName))=\"…\"")
            }
            position += 1
            skipWhitespace()
            guard position < input.count, input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") else {
                throw error("the value of the attribute \(string(attributeName)) must be in quotes")
            }
            let value = try parseAttributeValue()
            if raw.contains(where: { input[$0.name].elementsEqual(input[attributeName]) }) {
                throw error("the attribute \(string(attributeName)) appears twice in <\(string(name))>", at: attributeOffset)
            }
            raw.append((attributeName, value, attributeOffset))
        }
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(raw.count)
        for attribute in raw {
            let qualified = string(attribute.name)
            if qualified == "xmlns" {
                bindings.append(("", attribute.value))
            } else if qualified.hasPrefix("xmlns:") {
                let prefix = String(qualified.dropFirst(6))
                guard XMLSyntax.isNCName(prefix), !attribute.value.isEmpty, prefix != "xmlns",
                      (prefix == "xml") == (attribute.value == XMLNamespace.xml) else {
                    throw error("the namespace declaration \(qualified)=\"\(attribute.value)\" is not allowed (XML Namespaces §3)", at: attribute.offset)
                }
                bindings.append((prefix, attribute.value))
            }
        }
        for attribute in raw {
            let qualified = string(attribute.name)
            if qualified == "xmlns" || qualified.hasPrefix("xmlns:") { continue }
            let (prefix, local) = split(qualified)
            var namespace = ""
            if let prefix {
                guard let uri = resolve(prefix) else {
                    throw error("the prefix \"\(prefix)\" of the attribute \(qualified) is not declared; add xmlns:\(prefix)=\"…\"", at: attribute.offset)
                }
                namespace = uri
            }
            if attributes.contains(where: { $0.name == local && $0.namespace == namespace }) {
                throw error("the attribute \(qualified) appears twice in <\(string(name))> (same namespace and name)", at: attribute.offset)
            }
            attributes.append(XMLAttribute(namespace: namespace, name: local, qualifiedName: qualified, value: attribute.value))
        }
        let qualified = string(name)
        let (prefix, local) = split(qualified)
        guard let namespace = resolve(prefix ?? "") else {
            throw error("the prefix \"\(prefix ?? "")\" of <\(qualified)> is not declared; add xmlns:\(prefix ?? "")=\"…\"", at: tagStart)
        }
        let (line, column) = lines.location(of: tagStart)
        let element = XMLElement(namespace: namespace, name: local, attributes: attributes, line: line, column: column)
        return (element, name, isEmpty)
    }

    private mutating func parseEndTag(expected: Range<Int>, openedAt element: XMLElement) throws {
        let tagStart = position
        position += 2
        guard position < input.count, XMLSyntax.isNameStart(input[position]) else {
            throw error("\"</\" must be followed by the name of the element to close")
        }
        let name = scanName()
        skipWhitespace()
        guard position < input.count, input[position] == UInt8(ascii: ">") else {
            throw error("the end tag </\(string(name))> must end with \">\"")
        }
        position += 1
        guard input[name].elementsEqual(input[expected]) else {
            throw error("the end tag </\(string(name))> does not match the start tag <\(string(expected))> on line \(element.line)", at: tagStart)
        }
    }

    private func split(_ qualified: String) -> (prefix: String?, local: String) {
        guard let colon = qualified.utf8.firstIndex(of: UInt8(ascii: ":")) else { return (nil, qualified) }
        return (String(qualified[..<colon]), String(qualified[qualified.index(after: colon)...]))
    }

    private func resolve(_ prefix: String) -> String? {
        for binding in bindings.reversed() where binding.prefix == prefix {
            return binding.uri
        }
        return prefix.isEmpty ? "" : nil
    }

    // MARK: Character data

    private mutating func parseText() throws -> String {
        let start = position
        var plain = true
        scratch.removeAll(keepingCapacity: true)
        var runStart = position
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: "<") { break }
            if byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "]") {
                position += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "&"):
                plain = false
                scratch.append(contentsOf: input[runStart..<position])
                try parseReference()
                runStart = position
            case UInt8(ascii: "]"):
                if starts(with: "]]>") {
                    throw error("\"]]>\" may not appear in text; write ]]&gt;")
                }
                position += 1
            case 0x0D:
                plain = false
                scratch.append(contentsOf: input[runStart..<position])
                scratch.append(0x0A)
                position += 1
                if position < input.count, input[position] == 0x0A { position += 1 }
                runStart = position
            case 0x09, 0x0A:
                position += 1
            default:
                throw error("the control character \(XMLSyntax.codePointName(UInt32(byte))) is not allowed in XML 1.0")
            }
        }
        if plain { return String(decoding: input[start..<position], as: UTF8.self) }
        scratch.append(contentsOf: input[runStart..<position])
        return String(decoding: scratch, as: UTF8.self)
    }

    private mutating func parseAttributeValue() throws -> String {
        let quote = input[position]
        position += 1
        let start = position
        var plain = true
        scratch.removeAll(keepingCapacity: true)
        var runStart = position
        while true {
            guard position < input.count else {
                throw error("the file ends inside an attribute value")
            }
            let byte = input[position]
            if byte == quote { break }
            if byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") {
                position += 1
                continue
            }
            plain = false
            scratch.append(contentsOf: input[runStart..<position])
            switch byte {
            case UInt8(ascii: "&"):
                try parseReference()
            case UInt8(ascii: "<"):
                throw error("\"<\" is not allowed in an attribute value; write &lt;")
            case 0x0D:
                // Attribute-value normalization (XML 1.0 §3.3.3) after line-end handling (§2.11):
                // a CR LF pair, a CR and every tab or LF become one space.
                scratch.append(0x20)
                position += 1
                if position < input.count, input[position] == 0x0A { position += 1 }
                runStart = position
                continue
            case 0x09, 0x0A:
                scratch.append(0x20)
                position += 1
            default:
                throw error("the control character \(XMLSyntax.codePointName(UInt32(byte))) is not allowed in XML 1.0")
            }
            runStart = position
        }
        let value: String
        if plain {
            value = String(decoding: input[start..<position], as: UTF8.self)
        } else {
            scratch.append(contentsOf: input[runStart..<position])
            value = String(decoding: scratch, as: UTF8.self)
        }
        position += 1
        return value
    }

    /// Decodes `&…;` at the current position: a character reference or one of the five
    /// predefined entities, the only ones that exist without a DTD (XML 1.0 §4.6).
    private mutating func parseReference() throws {
        let start = position
        position += 1
        guard let semicolon = input[position...].prefix(40).firstIndex(of: UInt8(ascii: ";")) else {
            throw error("\"&\" must start an entity or character reference ending in \";\"; write &amp; for a literal ampersand", at: start)
        }
        let body = input[position..<semicolon]
        position = semicolon + 1
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            var value: UInt32 = 0
            for digit in digits {
                guard let digitValue = hexValue(digit), digitValue < radix, value <= 0x10FFFF else {
                    throw error("the character reference &\(String(decoding: body, as: UTF8.self)); is malformed", at: start)
                }
                value = value * radix + digitValue
            }
            guard !digits.isEmpty, XMLSyntax.isCharacter(value), let scalar = Unicode.Scalar(value) else {
                throw error("the character reference &\(String(decoding: body, as: UTF8.self)); is not a character XML 1.0 allows", at: start)
            }
            scratch.append(contentsOf: String(Character(scalar)).utf8)
            return
        }
        switch String(decoding: body, as: UTF8.self) {
        case "lt": scratch.append(UInt8(ascii: "<"))
        case "gt": scratch.append(UInt8(ascii: ">"))
        case "amp": scratch.append(UInt8(ascii: "&"))
        case "apos": scratch.append(UInt8(ascii: "'"))
        case "quot": scratch.append(UInt8(ascii: "\""))
        case let name:
            throw error("the entity &\(name); is not defined: Bitext reads no DTDs, so only &lt; &gt; &amp; &apos; &quot; and character references (&#1234;) are allowed", at: start)
        }
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseCDATA() throws -> String {
        let start = position
        position += 9
        guard let end = find("]]>") else {
            throw error("the CDATA section is not closed with \"]]>\"", at: start)
        }
        var bytes = Array(input[position..<end])
        position = end + 3
        if bytes.contains(0x0D) {
            bytes = normalizedLineEnds(bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func normalizedLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    // MARK: Markup that carries no content

    private mutating func parseComment() throws {
        let start = position
        position += 4
        guard let end = find("--") else {
            throw error("the comment is not closed with \"-->\"", at: start)
        }
        guard end + 2 < input.count, input[end + 2] == UInt8(ascii: ">") else {
            throw error("\"--\" is not allowed inside a comment (XML 1.0 §2.5)", at: end)
        }
        position = end + 3
    }

    private mutating func parseProcessingInstruction() throws {
        let start = position
        position += 2
        guard position < input.count, XMLSyntax.isNameStart(input[position]) else {
            throw error("\"<?\" must be followed by a processing-instruction target")
        }
        let target = string(scanName())
        if target.lowercased() == "xml", start != 0 {
            throw error("the XML declaration <?xml …?> may only appear at the very start of the file", at: start)
        }
        guard let end = find("?>") else {
            throw error("the processing instruction <?\(target) is not closed with \"?>\"", at: start)
        }
        position = end + 2
    }

    /// Skips `<!DOCTYPE name>` or `<!DOCTYPE name SYSTEM "uri">` or `<!DOCTYPE name PUBLIC "id"
    /// "uri">` (XML 1.0 §2.8 `doctypedecl` without `intSubset`) without reading the DTD it names.
    private mutating func skipDocumentType() throws {
        let start = position
        position += 9
        guard skipWhitespace(), position < input.count, XMLSyntax.isNameStart(input[position]) else {
            throw error("<!DOCTYPE must be followed by the name of the root element", at: start)
        }
        _ = scanName()
        // An external id: SYSTEM "uri", or PUBLIC "id" "uri".
        var literals = 0
        if skipWhitespace() {
            literals = starts(with: "SYSTEM") ? 1 : starts(with: "PUBLIC") ? 2 : 0
        }
        if literals > 0 {
            position += 6
            for _ in 0..<literals {
                guard skipWhitespace(), position < input.count, input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") else {
                    throw error("the <!DOCTYPE …> declaration is malformed: SYSTEM and PUBLIC must be followed by quoted identifiers", at: start)
                }
                let quote = input[position]
                guard let end = input[(position + 1)...].firstIndex(of: quote) else {
                    throw error("the file ends inside the <!DOCTYPE …> declaration", at: start)
                }
                position = end + 1
            }
            skipWhitespace()
        }
        guard position < input.count, input[position] == UInt8(ascii: ">") else {
            if position < input.count, input[position] == UInt8(ascii: "[") {
                throw error("a <!DOCTYPE …> with declarations in […] is not allowed: they can define entities that expand without limit or read other files, and Bitext reads no DTD; remove the […] part", at: start)
            }
            throw error("the <!DOCTYPE …> declaration is malformed; expected \">\" but found \(describeHere())", at: start)
        }
        position += 1
    }

    private mutating func refuseDocumentType() -> XMLSyntaxError {
        error("DOCTYPE and ENTITY declarations are not allowed: a DTD can define entities that expand without limit or read other files, and translation files do not need one; remove the <!DOCTYPE …> declaration")
    }

    // MARK: Scanning

    private mutating func scanName() -> Range<Int> {
        let start = position
        position += 1
        while position < input.count, XMLSyntax.isNameByte(input[position]) { position += 1 }
        return start..<position
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while position < input.count, XMLSyntax.isWhitespace(input[position]) { position += 1 }
        return position > start
    }

    private func starts(with literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= input.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where input[position + offset] != pointer[offset] {
            return false
        }
        return true
    }

    private func find(_ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        let pointer = literal.utf8Start
        var index = position
        while index + count <= input.count {
            if input[index] == pointer[0] {
                var matches = true
                for offset in 1..<count where input[index + offset] != pointer[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: input[range], as: UTF8.self)
    }

    private func describeHere() -> String {
        guard position < input.count else { return "the end of the file" }
        let end = Swift.min(input.count, position + 12)
        var text = String(decoding: input[position..<end], as: UTF8.self)
        if let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r" }) { text = String(text[..<newline]) }
        return "\"\(text)\""
    }

    private mutating func error(_ message: String, at offset: Int? = nil) -> XMLSyntaxError {
        let (line, column) = lines.location(of: Swift.min(offset ?? position, input.count))
        return XMLSyntaxError(line: line, column: column, message: message)
    }
}

/// Turns byte offsets into 1-based lines and columns (columns count Unicode scalars), walking
/// forward from the last answer: readers ask in document order, so a whole file costs one pass.
struct LineCounter {
    private let input: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// The line and column of the byte at `target`; a CR LF pair, a lone CR and a LF each end a line.
    mutating func location(of target: Int) -> (line: Int, column: Int) {
        if target < offset {
            offset = 0
            line = 1
            lineStart = 0
        }
        while offset < target {
            let byte = input[offset]
            if byte == 0x0A || (byte == 0x0D && (offset + 1 >= input.count || input[offset + 1] != 0x0A)) {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        var column = 1
        for byte in input[lineStart..<target] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return (line, column)
    }
}
