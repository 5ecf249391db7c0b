/// An element of a parsed XML document: its expanded name, attributes, content and where its
/// start tag begins.
///
/// A class, not a struct: readers walk and hand around subtrees of files with hundreds of
/// thousands of elements, and copying child arrays on every step would dominate reading time.
final class XMLElement {
    /// The namespace URI the element's prefix (or the default namespace) resolves to; empty for none.
    let namespace: String
    /// The local name, without prefix.
    let name: String
    /// The attributes in document order, without namespace declarations.
    let attributes: [XMLAttribute]
    /// Child elements and text, in document order; comments and processing instructions are
    /// dropped, CDATA sections are text, adjacent text is merged.
    var children: [XMLNode] = []
    /// The 1-based line and column of the `<` of the start tag.
    let line: Int
    let column: Int

    init(namespace: String, name: String, attributes: [XMLAttribute], line: Int, column: Int) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this local name and namespace (none by default).
    func attribute(_ name: String, namespace: String = "") -> String? {
        for attribute in attributes where attribute.name == name && attribute.namespace == namespace {
            return attribute.value
        }
        return nil
    }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }

    /// The child elements with this local name in this namespace.
    func elements(_ name: String, namespace: String) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element with this local name in this namespace.
    func element(_ name: String, namespace: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name && element.namespace == namespace {
            return element
        }
        return nil
    }

    /// All text in the element and its descendants, in document order.
    var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// Whether the element has text other than XML whitespace.
    var hasNonWhitespaceText: Bool {
        children.contains { node in
            if case .text(let text) = node { return !text.utf8.allSatisfy(XMLSyntax.isWhitespace) }
            return false
        }
    }
}

/// An attribute with its resolved namespace (empty for an unprefixed attribute, XML Namespaces §6.2).
struct XMLAttribute {
    let namespace: String
    let name: String
    /// The name as written, with its prefix, for messages.
    let qualifiedName: String
    /// The value after entity expansion and attribute-value normalization (XML 1.0 §3.3.3).
    let value: String
}

/// A node of element content.
enum XMLNode {
    case element(XMLElement)
    case text(String)
}

/// Namespace URIs that Bitext's XML readers and writers use.
enum XMLNamespace {
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xmlns = "http://www.w3.org/2000/xmlns/"
    static let xliff2 = "urn:oasis:names:tc:xliff:document:2.0"
    static let xliff12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"
    static let validation = "urn:oasis:names:tc:xliff:validation:2.0"
}
