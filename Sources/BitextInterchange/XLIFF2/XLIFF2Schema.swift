import BitextXML

/// The structure the XLIFF 2.1 core schema (`xliff_core_2.0.xsd`) allows, and that of the
/// Metadata and Glossary modules Bitext writes, checked element by element: which attributes an
/// element may have and of what type, and which children in which order.
///
/// Elements of other modules and of extensions are skipped, as the core schema's
/// `processContents="lax"` wildcards do when no schema for them is at hand.
enum XLIFF2Schema {
    /// Checks `root` and everything below it; the first violation is thrown.
    static func validate(_ root: XMLElement, file: String) throws {
        guard root.namespace == XMLNamespace.xliff2, root.name == "xliff" else {
            throw InterchangeError(file: file, line: root.line, column: root.column,
                                   message: "the root element is <\(root.name)> in namespace \"\(root.namespace)\", not XLIFF 2's <xliff> in \(XMLNamespace.xliff2)")
        }
        var pending = [(root, "")]
        while let (element, parent) = pending.popLast() {
            let children = element.elements
            if let problem = check(element, children: children, parent: parent) {
                throw InterchangeError(file: file, line: element.line, column: element.column, message: problem)
            }
            guard let rules = rules(for: element.namespace), rules[element.name] != nil else { continue }
            for child in children.reversed() {
                pending.append((child, element.name))
            }
        }
    }

    /// The rules of a namespace Bitext checks; compared, not hashed, since it is asked for
    /// every element of a file and namespace URIs are long.
    private static func rules(for namespace: String) -> [String: Rule]? {
        if namespace == XMLNamespace.xliff2 { return core }
        if namespace == XMLNamespace.metadata { return metadata }
        if namespace == XMLNamespace.glossary { return glossary }
        if namespace == XMLNamespace.validation { return validation }
        return nil
    }

    /// What is wrong with one element itself (not its descendants), or nil.
    private static func check(_ element: XMLElement, children: [XMLElement], parent: String) -> String? {
        guard let rules = rules(for: element.namespace) else { return nil }
        let prefix = element.namespace == XMLNamespace.xliff2 ? "" : modulePrefix[element.namespace]! + ":"
        let name = "<\(prefix)\(element.name)>"
        guard let rule = rules[element.name] else {
            return element.namespace == XMLNamespace.xliff2
                ? "\(name) is not an XLIFF 2 element; remove it or put it in your own namespace where extensions are allowed"
                : "\(name) is not an element of the \(modulePrefix[element.namespace]!) module"
        }
        if let placement = rule.allowedParents, !placement.contains(parent) {
            return "\(name) is not allowed in <\(parent)>"
        }
        if let problem = checkAttributes(element, rule: rule, name: name) { return problem }
        if element.namespace == XMLNamespace.validation, element.name == "rule", let problem = validationRuleProblem(element) {
            return problem
        }
        return checkContent(element, children: children, rules: rules, rule: rule, name: name)
    }

    /// A Validation module rule states exactly one test, its own or an extension's, and
    /// `existsInSource` goes only with a test that finds text (XLIFF 2.1 Validation module, `rule`).
    private static func validationRuleProblem(_ element: XMLElement) -> String? {
        let tests = ["isPresent", "isNotPresent", "startsWith", "endsWith"].filter { element.attribute($0) != nil }
        let custom = element.attributes.filter { !$0.namespace.isEmpty }
        guard tests.count + custom.count == 1 else {
            return "<val:rule> must state exactly one test (isPresent, isNotPresent, startsWith, endsWith or one extension attribute)"
        }
        if element.attribute("existsInSource") == "yes", tests.first == nil || tests.first == "isNotPresent" {
            return "existsInSource=\"yes\" needs isPresent, startsWith or endsWith on the same <val:rule>"
        }
        return nil
    }

    private static func checkAttributes(_ element: XMLElement, rule: Rule, name: String) -> String? {
        for attribute in element.attributes {
            if attribute.namespace.isEmpty {
                guard let type = rule.attributes[attribute.name] else {
                    return "\(name) has no attribute \(attribute.name)"
                }
                if let problem = type.problem(with: attribute.value) {
                    return "\(attribute.name)=\"\(attribute.value)\" on \(name) is not valid: \(problem)"
                }
            } else if attribute.namespace == XMLNamespace.xml {
                guard rule.xmlAttributes.contains(attribute.name) || rule.allowsOtherAttributes else {
                    return "\(name) may not have xml:\(attribute.name)"
                }
                let type: ValueType = attribute.name == "lang" ? .xmlLanguage : attribute.name == "space" ? .xmlSpace : .string
                if let problem = type.problem(with: attribute.value) {
                    return "xml:\(attribute.name)=\"\(attribute.value)\" on \(name) is not valid: \(problem)"
                }
            } else if attribute.namespace == element.namespace || !rule.allowsOtherAttributes {
                return "\(name) may not have the attribute \(attribute.qualifiedName)"
            } else if attribute.namespace == XMLNamespace.formatStyle, let problem = formatStyleProblem(attribute, on: element) {
                return problem
            }
        }
        for required in rule.required where element.attribute(required) == nil {
            return "\(name) must have the attribute \(required)"
        }
        return nil
    }

    /// The Format Style module's attributes (XLIFF 2.1 Format Style module): `fs:fs` names an HTML element,
    /// `fs:subFs` needs `fs:fs`, and neither goes on an `<ec>` that closes an `<sc>`.
    private static func formatStyleProblem(_ attribute: XMLAttribute, on element: XMLElement) -> String? {
        switch attribute.name {
        case "fs":
            guard formatStyleElements.contains(attribute.value) else {
                return "fs:fs=\"\(attribute.value)\" is not one of the HTML element names the Format Style module allows"
            }
            if element.name == "ec", element.attribute("isolated") != "yes" {
                return "fs:fs may not be used on an <ec> that closes an <sc> in the same unit (it is on the <sc>)"
            }
            return nil
        case "subFs":
            return element.attribute("fs", namespace: XMLNamespace.formatStyle) == nil ? "fs:subFs needs fs:fs on the same element" : nil
        default:
            return "fs:\(attribute.name) is not an attribute of the Format Style module"
        }
    }

    private static func checkContent(_ element: XMLElement, children: [XMLElement], rules: [String: Rule], rule: Rule, name: String) -> String? {
        switch rule.content {
        case .empty:
            if !element.children.isEmpty { return "\(name) must be empty" }
            return nil
        case .text:
            if !children.isEmpty { return "\(name) may contain only text" }
            return nil
        case .inline:
            for child in children where child.namespace != XMLNamespace.xliff2 || !inlineElements.contains(child.name) {
                return "<\(child.name)> is not allowed in \(name); only text and inline elements (cp, ph, pc, sc, ec, mrk, sm, em) are"
            }
            return nil
        case .sequence(let particles, let mixed):
            if let unknown = children.first(where: { $0.namespace == element.namespace && rules[$0.name] == nil }) {
                return check(unknown, children: unknown.elements, parent: element.name)
            }
            if !mixed && element.hasNonWhitespaceText {
                return "\(name) may not contain text, only elements"
            }
            return checkSequence(children, particles, in: element, name: name)
        }
    }

    /// Matches children against a sequence of particles greedily, which is exact for these
    /// content models (XSD requires them to be deterministic, "Unique Particle Attribution").
    private static func checkSequence(_ children: [XMLElement], _ particles: [Particle], in parent: XMLElement, name: String) -> String? {
        var index = 0
        for particle in particles {
            var count = 0
            while index < children.count, count < particle.max, particle.matches(children[index], parentNamespace: parent.namespace) {
                index += 1
                count += 1
            }
            if count < particle.min {
                let found = index < children.count ? "<\(children[index].name)>" : "nothing"
                return "\(name) needs \(particle.description) here, found \(found)"
            }
        }
        if index < children.count {
            let child = children[index]
            return "<\(child.name)> is not allowed at this place in \(name)"
        }
        return nil
    }

    // MARK: Rules

    /// A content particle: one of some element names (in the parent's namespace), or any
    /// element of another namespace (`##other`).
    struct Particle {
        var names: Set<String>
        var other = false
        var min: Int
        var max: Int

        func matches(_ element: XMLElement, parentNamespace: String) -> Bool {
            if other { return !element.namespace.isEmpty && element.namespace != parentNamespace }
            return element.namespace == parentNamespace && names.contains(element.name)
        }

        var description: String {
            other ? "an extension element" : names.sorted().map { "<\($0)>" }.joined(separator: " or ")
        }

        static func one(_ name: String) -> Particle { Particle(names: [name], min: 1, max: 1) }
        static func optional(_ name: String) -> Particle { Particle(names: [name], min: 0, max: 1) }
        static func any(_ names: Set<String>, min: Int = 0) -> Particle { Particle(names: names, min: min, max: .max) }
        static let extensions = Particle(names: [], other: true, min: 0, max: .max)
    }

    enum Content {
        case empty
        case text
        case inline
        case sequence([Particle], mixed: Bool)
    }

    struct Rule {
        var attributes: [String: ValueType] = [:]
        var required: [String] = []
        var xmlAttributes: Set<String> = []
        var allowsOtherAttributes = false
        var content: Content
        /// Where a module element may appear (its module's specification), nil for anywhere.
        var allowedParents: Set<String>?
    }

    private static let inlineElements: Set<String> = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]

    private static let structural: [String: ValueType] = [
        "id": .nameToken, "name": .string, "canResegment": .yesNo, "translate": .yesNo,
        "srcDir": .direction, "trgDir": .direction, "type": .userDefined,
    ]

    private static let codeAttributes: [String: ValueType] = [
        "canCopy": .yesNo, "canDelete": .yesNo, "canReorder": .yesNoFirstNo, "copyOf": .nameToken,
        "disp": .string, "equiv": .string, "id": .nameToken, "dataRef": .nameToken, "subFlows": .nameTokens,
        "subType": .userDefined, "type": .codeType,
    ]

    private static let markerAttributes: [String: ValueType] = [
        "id": .nameToken, "translate": .yesNo, "type": .markerType, "ref": .string, "value": .string,
    ]

    private static let core: [String: Rule] = [
        "xliff": Rule(attributes: ["version": .string, "srcLang": .languageTag, "trgLang": .languageTag],
                      required: ["version", "srcLang"], xmlAttributes: ["space"], allowsOtherAttributes: true,
                      content: .sequence([.any(["file"], min: 1)], mixed: false)),
        "file": Rule(attributes: ["id": .nameToken, "canResegment": .yesNo, "original": .string, "translate": .yesNo,
                                  "srcDir": .direction, "trgDir": .direction],
                     required: ["id"], xmlAttributes: ["space"], allowsOtherAttributes: true,
                     content: .sequence([.optional("skeleton"), .extensions, .optional("notes"), .any(["unit", "group"], min: 1)], mixed: false)),
        "skeleton": Rule(attributes: ["href": .string], content: .sequence([.extensions], mixed: true)),
        "group": Rule(attributes: structural, required: ["id"], xmlAttributes: ["space"], allowsOtherAttributes: true,
                      content: .sequence([.extensions, .optional("notes"), .any(["unit", "group"])], mixed: false)),
        "unit": Rule(attributes: structural, required: ["id"], xmlAttributes: ["space"], allowsOtherAttributes: true,
                     content: .sequence([.extensions, .optional("notes"), .optional("originalData"), .any(["segment", "ignorable"], min: 1)], mixed: false)),
        "segment": Rule(attributes: ["id": .nameToken, "canResegment": .yesNo, "state": .state, "subState": .userDefined],
                        content: .sequence([.one("source"), .optional("target")], mixed: false)),
        "ignorable": Rule(attributes: ["id": .nameToken], content: .sequence([.one("source"), .optional("target")], mixed: false)),
        "notes": Rule(content: .sequence([.any(["note"], min: 1)], mixed: false)),
        "note": Rule(attributes: ["id": .nameToken, "appliesTo": .appliesTo, "category": .string, "priority": .priority],
                     allowsOtherAttributes: true, content: .text),
        "originalData": Rule(content: .sequence([.any(["data"], min: 1)], mixed: false)),
        "data": Rule(attributes: ["id": .nameToken, "dir": .direction], required: ["id"], xmlAttributes: ["space"],
                     content: .sequence([.any(["cp"])], mixed: true)),
        "source": Rule(xmlAttributes: ["lang", "space"], content: .inline),
        "target": Rule(attributes: ["order": .positiveInteger], xmlAttributes: ["lang", "space"], content: .inline),
        "cp": Rule(attributes: ["hex": .hexBinary], required: ["hex"], content: .empty),
        "ph": Rule(attributes: codeAttributes, required: ["id"], allowsOtherAttributes: true, content: .empty),
        "pc": Rule(attributes: codeAttributes.filter { !["disp", "equiv", "dataRef", "subFlows"].contains($0.key) }.merging([
            "canOverlap": .yesNo, "dispEnd": .string, "dispStart": .string, "equivEnd": .string, "equivStart": .string,
            "dataRefEnd": .nameToken, "dataRefStart": .nameToken, "subFlowsEnd": .nameTokens, "subFlowsStart": .nameTokens,
            "dir": .direction,
        ]) { $1 }, required: ["id"], allowsOtherAttributes: true, content: .inline),
        "sc": Rule(attributes: codeAttributes.merging(["canOverlap": .yesNo, "dir": .direction, "isolated": .yesNo]) { $1 },
                   required: ["id"], allowsOtherAttributes: true, content: .empty),
        "ec": Rule(attributes: codeAttributes.merging(["canOverlap": .yesNo, "dir": .direction, "isolated": .yesNo, "startRef": .nameToken]) { $1 },
                   allowsOtherAttributes: true, content: .empty),
        "mrk": Rule(attributes: markerAttributes, required: ["id"], allowsOtherAttributes: true, content: .inline),
        "sm": Rule(attributes: markerAttributes, required: ["id"], allowsOtherAttributes: true, content: .empty),
        "em": Rule(attributes: ["startRef": .nameToken], required: ["startRef"], content: .empty),
    ]

    /// Metadata module (`metadata.xsd`): at file, group or unit level.
    private static let metadata: [String: Rule] = [
        "metadata": Rule(attributes: ["id": .nameToken], content: .sequence([.any(["metaGroup"], min: 1)], mixed: false),
                         allowedParents: ["file", "group", "unit"]),
        "metaGroup": Rule(attributes: ["id": .nameToken, "category": .string, "appliesTo": .metadataAppliesTo],
                          content: .sequence([.any(["metaGroup", "meta"], min: 1)], mixed: false)),
        "meta": Rule(attributes: ["type": .string], required: ["type"], content: .text),
    ]

    /// Glossary module (`glossary.xsd`): a glossary belongs to a unit.
    private static let glossary: [String: Rule] = [
        "glossary": Rule(content: .sequence([.any(["glossEntry"], min: 1)], mixed: false), allowedParents: ["unit"]),
        "glossEntry": Rule(attributes: ["id": .nameToken, "ref": .string], allowsOtherAttributes: true,
                           content: .sequence([.one("term"), .any(["translation"]), .optional("definition"), .extensions], mixed: false)),
        "term": Rule(attributes: ["source": .string], allowsOtherAttributes: true, content: .text),
        "translation": Rule(attributes: ["id": .nameToken, "ref": .string, "source": .string], allowsOtherAttributes: true, content: .text),
        "definition": Rule(attributes: ["source": .string], allowsOtherAttributes: true, content: .text),
    ]

    /// Validation module (`validation.xsd`): at file, group or unit level.
    private static let validation: [String: Rule] = [
        "validation": Rule(allowsOtherAttributes: true, content: .sequence([.any(["rule"], min: 1)], mixed: false),
                           allowedParents: ["file", "group", "unit"]),
        "rule": Rule(attributes: ["isPresent": .string, "occurs": .positiveInteger, "isNotPresent": .string, "startsWith": .string,
                                  "endsWith": .string, "existsInSource": .yesNo, "caseSensitive": .yesNo,
                                  "normalization": .normalization, "disabled": .yesNo],
                     allowsOtherAttributes: true, content: .empty),
    ]

    private static let modulePrefix = [XMLNamespace.metadata: "mda", XMLNamespace.glossary: "gls", XMLNamespace.validation: "val"]

    private static let formatStyleElements: Set<String> = [
        "a", "b", "bdo", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html",
        "i", "img", "label", "legend", "li", "ol", "p", "pre", "q", "s", "samp", "select", "small", "span", "strike",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul",
    ]
}
