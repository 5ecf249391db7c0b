/// An element of a parsed XML document: its expanded name, attributes, content and where its
/// start tag begins.
///
/// A class, not a struct: readers walk and hand around subtrees of files with hundreds of
/// thousands of elements, and copying child arrays on every step would dominate reading time.
public final class XMLElement {
    /// The namespace URI the element's prefix (or the default namespace) resolves to; empty for none.
    public let namespace: String
    /// The local name, without prefix.
    public let name: String
    /// The attributes in document order, without namespace declarations.
    public let attributes: [XMLAttribute]
    /// Child elements and text, in document order; comments and processing instructions are
    /// dropped, CDATA sections are text, adjacent text is merged.
    public internal(set) var children: [XMLNode] = []
    /// The 1-based line of the `<` of the start tag.
    public let line: Int
    /// The 1-based column (in Unicode scalars) of the `<` of the start tag.
    public let column: Int

    init(namespace: String, name: String, attributes: [XMLAttribute], line: Int, column: Int) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this local name and namespace (none by default).
    public func attribute(_ name: String, namespace: String = "") -> String? {
        for attribute in attributes where attribute.name == name && attribute.namespace == namespace {
            return attribute.value
        }
        return nil
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }

    /// The child elements with this local name in this namespace.
    public func elements(_ name: String, namespace: String) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element with this local name in this namespace.
    public func element(_ name: String, namespace: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name && element.namespace == namespace {
            return element
        }
        return nil
    }

    /// All text in the element and its descendants, in document order.
    public var textContent: String {
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
    public var hasNonWhitespaceText: Bool {
        children.contains { node in
            if case .text(let text) = node { return !text.utf8.allSatisfy(XMLSyntax.isWhitespace) }
            return false
        }
    }
}

/// An attribute with its resolved namespace (empty for an unprefixed attribute, XML Namespaces §6.2).
public struct XMLAttribute: Sendable {
    /// The namespace URI of the prefix; empty for an unprefixed attribute.
    public let namespace: String
    /// The local name, without prefix.
    public let name: String
    /// The name as written, with its prefix, for messages.
    public let qualifiedName: String
    /// The value after entity expansion and attribute-value normalization (XML 1.0 §3.3.3).
    public let value: String
}

/// A node of element content.
public enum XMLNode {
    /// A child element.
    case element(XMLElement)
    /// Character data, with references expanded and line ends normalized.
    case text(String)
}

/// Namespace URIs: the one XML itself reserves (XML Namespaces 1.0 §3); formats add theirs in
/// extensions beside their readers and writers.
public enum XMLNamespace {
    /// The namespace of `xml:lang` and `xml:space`, bound to the prefix `xml` in every document.
    public static let xml = "http://www.w3.org/XML/1998/namespace"
}
