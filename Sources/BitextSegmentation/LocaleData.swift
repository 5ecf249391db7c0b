import BitextModel
import Foundation

/// The per-language data in `locales/<lang>/`: `segmentation.srx`, `abbreviations.txt` and
/// `sentence-starters.txt`.
public struct LocaleData: Sendable {
    /// The `locales` directory.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// `$BITEXT_LOCALES` if set, else the `locales` directory of the source tree this binary
    /// was built from.
    public static let shared: LocaleData = {
        if let path = ProcessInfo.processInfo.environment["BITEXT_LOCALES"], !path.isEmpty {
            return LocaleData(directory: URL(fileURLWithPath: path))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return LocaleData(directory: root.appendingPathComponent("locales"))
    }()

    /// What a segmenter needs for a language.
    public struct Segmentation: Sendable {
        public var rules: [SegmentationRule]
        public var abbreviations: AbbreviationList
        public var sentenceStarters: Set<String>
    }

    /// Loads the segmentation data for a language. Latin abbreviations and sentence starters
    /// are shared: a Persian text quotes "U.S." and "Dr." as English does.
    public func segmentationData(for language: LanguageTag) throws -> Segmentation {
        let code = language.language
        let srxFile = directory.appendingPathComponent(code).appendingPathComponent("segmentation.srx")
        guard let srxData = try? Data(contentsOf: srxFile) else {
            throw SegmentationError(message: "\(srxFile.path): no segmentation rules for '\(code)'; "
                + "Bitext has rules for: \(availableLanguages().joined(separator: ", ")) (set BITEXT_LOCALES to another locales directory)")
        }
        let rules = try SRXDocument(data: srxData, file: srxFile.path).rules(for: language.value)
        var abbreviations = try abbreviationList(code)
        if code != "en" { abbreviations = abbreviations.merging(try abbreviationList("en")) }
        var starters = try sentenceStarters(code)
        if code != "en" { starters.formUnion(try sentenceStarters("en")) }
        return Segmentation(rules: rules, abbreviations: abbreviations, sentenceStarters: starters)
    }

    /// The languages that have a `segmentation.srx`.
    public func availableLanguages() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return entries.filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).appendingPathComponent("segmentation.srx").path)
        }.sorted()
    }

    private func sentenceStarters(_ code: String) throws -> Set<String> {
        let file = directory.appendingPathComponent(code).appendingPathComponent("sentence-starters.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var starters = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimming(" \t\r")
            if !word.isEmpty { starters.insert(word) }
        }
        return starters
    }

    private func abbreviationList(_ code: String) throws -> AbbreviationList {
        let file = directory.appendingPathComponent(code).appendingPathComponent("abbreviations.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return AbbreviationList() }
        return try AbbreviationList(text: text, file: file.path)
    }
}
