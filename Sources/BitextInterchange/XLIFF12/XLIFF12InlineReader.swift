import BitextModel
import BitextXML

/// Reads the content of an XLIFF 1.2 `<source>` or `<target>` into inline elements.
///
/// `<g>` is a paired code around its content, `<bx>`/`<ex>` and `<bpt>`/`<ept>` are its start and
/// end apart, `<x>`, `<ph>` and `<it>` stand alone (an `<it>` opens or closes by its `pos`).
/// `<bpt>`, `<ept>`, `<ph>` and `<it>` hold the native code, which becomes the code's `original`;
/// `<mrk>` and unknown elements are transparent, their text is content.
struct XLIFF12InlineReader {
    private let namespace: String
    private var numbering: CodeNumbering
    /// The kind of each code id seen in the unit, so an end (`<ex>`, `<ept>`) gets its start's kind.
    private(set) var kinds: [Int: String]

    init(namespace: String, transUnit: XMLElement, knownKinds: [Int: String]) {
        self.namespace = namespace
        kinds = knownKinds
        var ids: [String] = []
        transUnit.forEachDescendant { element in
            if ["g", "x", "bx", "ex", "ph", "bpt", "ept", "it"].contains(element.name) {
                ids += [element.attribute("rid"), element.attribute("id")].compactMap { $0 }
            }
        }
        numbering = CodeNumbering(decimalCandidates: ids)
    }

    /// The content of a `<source>` or `<target>`.
    mutating func read(_ element: XMLElement) -> [Inline] {
        var content: [Inline] = []
        read(children: element, into: &content)
        return content
    }

    private mutating func read(children element: XMLElement, into content: inout [Inline]) {
        for child in element.children {
            switch child {
            case .text(let text):
                if case .text(let run)? = content.last {
                    content[content.count - 1] = .text(TextRun(run.text + text))
                } else if !text.isEmpty {
                    content.append(.text(TextRun(text)))
                }
            case .element(let element) where element.namespace == namespace:
                read(code: element, into: &content)
            case .element(let element):
                read(children: element, into: &content)
            }
        }
    }

    private mutating func read(code element: XMLElement, into content: inout [Inline]) {
        switch element.name {
        case "g":
            let code = makeCode(element, original: "")
            content.append(.open(code))
            read(children: element, into: &content)
            content.append(.close(code))
        case "x":
            content.append(.placeholder(makeCode(element, original: "")))
        case "ph":
            content.append(.placeholder(makeCode(element, original: element.textContent)))
        case "bx":
            content.append(.open(makeCode(element, original: "")))
        case "bpt":
            content.append(.open(makeCode(element, original: element.textContent)))
        case "ex":
            content.append(.close(makeCode(element, original: "", end: true)))
        case "ept":
            content.append(.close(makeCode(element, original: element.textContent, end: true)))
        case "it":
            let isClose = element.attribute("pos") == "close"
            let code = makeCode(element, original: element.textContent, end: isClose)
            content.append(isClose ? .close(code) : .open(code))
        default:
            read(children: element, into: &content)
        }
    }

    /// The code for an element; `rid` links the two halves of a pair when tools give them
    /// different ids (XLIFF 1.2, `rid` attribute).
    private mutating func makeCode(_ element: XMLElement, original: String, end: Bool = false) -> InlineCode {
        let id = numbering.number(for: element.attribute("rid") ?? element.attribute("id") ?? "")
        let kind: String
        if end, element.attribute("ctype") == nil, let start = kinds[id] {
            kind = start
        } else {
            kind = Self.kind(ctype: element.attribute("ctype"))
            kinds[id] = kind
        }
        return InlineCode(id: id, kind: kind, original: original, source: nil)
    }

    /// `x-<kind>` is Bitext's own; the XLIFF 1.2 values that name formatting map to element names.
    static func kind(ctype: String?) -> String {
        guard let ctype else { return "code" }
        if ctype.hasPrefix("x-") { return String(ctype.dropFirst(2)) }
        return ["bold": "b", "italic": "i", "underlined": "u", "link": "link", "lb": "linebreak", "image": "image"][ctype] ?? "code"
    }
}
