import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One SRX 2.0 rule: at a position where `beforeBreak` matches the text before and
/// `afterBreak` the text after, break (or, for a no-break rule, don't).
public struct SegmentationRule: Sendable, Equatable {
    public var isBreak: Bool
    public var beforeBreak: String
    public var afterBreak: String

    public init(isBreak: Bool, beforeBreak: String, afterBreak: String) {
        self.isBreak = isBreak
        self.beforeBreak = beforeBreak
        self.afterBreak = afterBreak
    }
}

/// An SRX 2.0 rule file (LISA Segmentation Rules eXchange): named rule lists and the map that
/// picks them for a language.
public struct SRXDocument: Sendable {
    /// Rule lists by `languagerulename`.
    public var languageRules: [String: [SegmentationRule]] = [:]
    /// `languagepattern` (an ICU regular expression over the language code) to rule list name.
    public var languageMap: [(pattern: String, ruleName: String)] = []
    /// With cascade, every matching map entry contributes its rules, in map order (SRX 2.0
    /// section 2.4); without, only the first.
    public var cascade = false

    /// Parses SRX 2.0 XML; `file` names the document in errors. No DTD or external entity is
    /// ever loaded.
    public init(data: Data, file: String) throws {
        let delegate = SRXParserDelegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), delegate.error == nil else {
            let reason = delegate.error ?? parser.parserError?.localizedDescription ?? "not well-formed XML"
            throw SegmentationError(message: "\(file):\(parser.lineNumber):\(parser.columnNumber): \(reason)")
        }
        languageRules = delegate.languageRules
        languageMap = delegate.languageMap
        cascade = delegate.cascade
    }

    /// The rules that apply to a language code such as `fa` or `en-US`.
    public func rules(for language: String) -> [SegmentationRule] {
        var result: [SegmentationRule] = []
        for entry in languageMap {
            guard let regex = try? NSRegularExpression(pattern: "^(?:\(entry.pattern))$", options: [.caseInsensitive]),
                  regex.firstMatch(in: language, range: NSRange(language.startIndex..., in: language)) != nil
            else { continue }
            result += languageRules[entry.ruleName] ?? []
            if !cascade { break }
        }
        return result
    }
}

/// A rule file or abbreviation list that cannot be used, with the file and what is wrong.
public struct SegmentationError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

private final class SRXParserDelegate: NSObject, XMLParserDelegate {
    var languageRules: [String: [SegmentationRule]] = [:]
    var languageMap: [(pattern: String, ruleName: String)] = []
    var cascade = false
    var error: String?

    private var currentRuleName: String?
    private var currentBreak = true
    private var before = ""
    private var after = ""
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        switch name {
        case "header":
            cascade = attributes["cascade"] == "yes"
        case "languagerule":
            currentRuleName = attributes["languagerulename"]
            if let currentRuleName { languageRules[currentRuleName, default: []] = [] }
        case "rule":
            currentBreak = attributes["break"] != "no"
            before = ""
            after = ""
        case "languagemap":
            if let pattern = attributes["languagepattern"], let ruleName = attributes["languagerulename"] {
                languageMap.append((pattern, ruleName))
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "beforebreak": before = text
        case "afterbreak": after = text
        case "rule":
            guard let currentRuleName else {
                error = "a <rule> outside a <languagerule>"
                parser.abortParsing()
                return
            }
            languageRules[currentRuleName, default: []].append(SegmentationRule(isBreak: currentBreak, beforeBreak: before, afterBreak: after))
        case "languagerule":
            currentRuleName = nil
        default:
            break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundInternalSubset string: String) {
        error = "a DTD is not allowed in an SRX file"
        parser.abortParsing()
    }
}
