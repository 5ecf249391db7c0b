import BitextModel
import BitextXML

extension XLIFF2Schema {
    /// The simple types of XLIFF 2 attributes (`xliff_core_2.0.xsd`, "Attribute Types").
    enum ValueType {
        case string
        case nameToken
        case nameTokens
        case yesNo
        case yesNoFirstNo
        case direction
        case appliesTo
        case metadataAppliesTo
        /// `prefix:value` (`xlf:userDefinedValue`).
        case userDefined
        /// `fmt`, `ui`, `quote`, `link`, `image`, `other`.
        case codeType
        /// `generic`, `comment`, `term` or a user-defined value.
        case markerType
        case state
        case priority
        case positiveInteger
        case hexBinary
        /// `srcLang`/`trgLang`: a BCP 47 tag (2.1 types them `xs:language`; Bitext needs a tag it can use).
        case languageTag
        /// `xml:lang`: `xs:language` or empty (W3C `xml.xsd`).
        case xmlLanguage
        case xmlSpace
        /// The Validation module's `normalization`: `none`, `nfc`, `nfd`.
        case normalization

        /// Why `value` is not of this type, or nil when it is.
        func problem(with value: String) -> String? {
            switch self {
            case .string:
                return nil
            case .nameToken:
                return XMLSyntax.isNameToken(value) ? nil : "an id must be an XML name token (letters, digits, . - _ :), without spaces or other symbols"
            case .nameTokens:
                let tokens = value.split(whereSeparator: { $0 == " " })
                return !tokens.isEmpty && tokens.allSatisfy({ XMLSyntax.isNameToken(String($0)) }) ? nil : "expected a space-separated list of ids"
            case .yesNo:
                return ["yes", "no"].contains(value) ? nil : "expected yes or no"
            case .yesNoFirstNo:
                return ["yes", "no", "firstNo"].contains(value) ? nil : "expected yes, no or firstNo"
            case .direction:
                return ["ltr", "rtl", "auto"].contains(value) ? nil : "expected ltr, rtl or auto"
            case .appliesTo:
                return ["source", "target"].contains(value) ? nil : "expected source or target"
            case .metadataAppliesTo:
                return ["source", "target", "ignorable"].contains(value) ? nil : "expected source, target or ignorable"
            case .userDefined:
                return Self.isUserDefined(value) ? nil : "expected prefix:value, like bitext:needs-review"
            case .codeType:
                return ["fmt", "ui", "quote", "link", "image", "other"].contains(value) ? nil : "expected fmt, ui, quote, link, image or other"
            case .markerType:
                return ["generic", "comment", "term"].contains(value) || Self.isUserDefined(value) ? nil : "expected generic, comment, term or prefix:value"
            case .state:
                return ["initial", "translated", "reviewed", "final"].contains(value) ? nil : "expected initial, translated, reviewed or final"
            case .priority:
                guard let number = Int(value), (1...10).contains(number) else { return "expected a number from 1 to 10" }
                return nil
            case .positiveInteger:
                guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.contains(where: { $0 != "0" }) else {
                    return "expected a positive whole number"
                }
                return nil
            case .hexBinary:
                return value.count % 2 == 0 && !value.isEmpty && value.allSatisfy(\.isHexDigit) ? nil : "expected hexadecimal digits, like 0001"
            case .languageTag:
                return LanguageTag(value) == nil ? "expected a BCP 47 language tag, like en or fa-IR" : nil
            case .xmlLanguage:
                return value.isEmpty || Self.isXSLanguage(value) ? nil : "expected a language tag, like en or fa-IR"
            case .xmlSpace:
                return ["default", "preserve"].contains(value) ? nil : "expected default or preserve"
            case .normalization:
                return ["none", "nfc", "nfd"].contains(value) ? nil : "expected none, nfc or nfd"
            }
        }

        /// `[^\\s:]+:[^\\s:]+`, where XSD's `\\s` is the four XML whitespace characters.
        private static func isUserDefined(_ value: String) -> Bool {
            let parts = value.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(where: XMLSyntax.isWhitespace) }
        }

        /// `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
        private static func isXSLanguage(_ value: String) -> Bool {
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
            return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        }
    }
}
