/// A BCP 47 language tag such as `en`, `fa` or `fa-IR`.
public struct LanguageTag: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The tag as written, with the language subtag lowercased (`fa-IR`).
    public let value: String

    /// Parses a tag; returns nil unless it is a well-formed language tag
    /// (a 2–3 or 5–8 letter language subtag, then subtags of 1–8 letters or digits).
    public init?(_ string: String) {
        let subtags = string.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first,
              (2...3).contains(first.count) || (5...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        value = ([first.lowercased()] + subtags.dropFirst().map(String.init)).joined(separator: "-")
    }

    /// The primary language subtag (`fa` for `fa-IR`).
    public var language: String {
        String(value.prefix { $0 != "-" })
    }

    /// Whether the language is written right to left (Persian, Arabic, Hebrew, Urdu…).
    public var isRightToLeft: Bool {
        LanguageTag.rightToLeftLanguages.contains(language)
    }

    public var description: String { value }

    public static let english = LanguageTag("en")!
    public static let persian = LanguageTag("fa")!

    private static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "glk", "he", "iw", "ks", "ku", "mzn", "pnb", "ps", "sd", "syr", "ug", "ur", "yi",
    ]

    public init(from decoder: Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        guard let tag = LanguageTag(string) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a language tag: \(string)"))
        }
        self = tag
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
