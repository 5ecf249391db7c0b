import BitextModel

/// The formats translators' tools exchange with Bitext.
public enum InterchangeFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.1 (OASIS), the default.
    case xliff2 = "xliff"
    /// XLIFF 1.2 (OASIS), still what many tools read.
    case xliff12 = "xliff12"
    /// GNU gettext PO.
    case po
    /// RFC 4180 CSV with the header `id,source,target,context`.
    case csv

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .xliff2, .xliff12: return "xlf"
        case .po: return "po"
        case .csv: return "csv"
        }
    }
}

/// A file for translators: one or more documents, each a list of units (blocks) made of
/// segments (sentences), with their source, any target and its state.
public struct InterchangeFile: Sendable, Equatable {
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag?
    public var documents: [InterchangeDocument]

    public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag?, documents: [InterchangeDocument]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.documents = documents
    }
}

/// One source document in an interchange file (an XLIFF `<file>`).
public struct InterchangeDocument: Sendable, Equatable {
    /// The document id (`<file id>`; the first part of PO and CSV ids).
    public var id: String
    /// The source file's path, for the translator's information.
    public var original: String?
    /// The version of the source the file was made from: a hash of its segments, so that an
    /// import can tell a file made for an older version of the article.
    public var version: String?
    /// The source format (`txt`, `md`, `html`), which tells how raw markup in PO and CSV is
    /// written.
    public var sourceFormat: String?
    public var units: [InterchangeUnit]

    public init(id: String, original: String? = nil, version: String? = nil, sourceFormat: String? = nil, units: [InterchangeUnit]) {
        self.id = id
        self.original = original
        self.version = version
        self.sourceFormat = sourceFormat
        self.units = units
    }
}

/// A unit: one block of the document (heading, paragraph, list item, attribute…).
public struct InterchangeUnit: Sendable, Equatable {
    public var id: String
    /// What the block is (`paragraph`, `heading1`, `attribute:alt`), shown to translators.
    public var kind: String?
    /// Notes for the translator (context, glossary hints), in order.
    public var notes: [String]
    public var segments: [InterchangeSegment]

    public init(id: String, kind: String? = nil, notes: [String] = [], segments: [InterchangeSegment]) {
        self.id = id
        self.kind = kind
        self.notes = notes
        self.segments = segments
    }
}

/// A glossary term found in a segment's source, offered as a hint.
public struct TermHint: Sendable, Equatable {
    public var source: String
    public var target: String
    public var note: String?

    public init(source: String, target: String, note: String? = nil) {
        self.source = source
        self.target = target
        self.note = note
    }
}

/// A segment: one sentence with its translation.
public struct InterchangeSegment: Sendable, Equatable {
    public var id: String
    /// The source content. Codes carry their `original` markup when the file holds it (XLIFF
    /// 2 `originalData`, and always in what Bitext writes).
    public var source: [Inline]
    /// The target content, or nil when there is none. An empty target is "not translated".
    public var target: [Inline]?
    public var state: TranslationState
    /// Glossary terms found in the source.
    public var terms: [TermHint]
    /// The 1-based line in the file where the segment starts, for messages (set by readers).
    public var line: Int?
    /// For PO and CSV, the source and target exactly as written in the file: markup as it
    /// appears in the document (`<b>`, `**`), which the importer parses against the source's
    /// codes. Nil for XLIFF, where codes are elements.
    public var rawSource: String?
    public var rawTarget: String?

    public init(id: String, source: [Inline], target: [Inline]? = nil, state: TranslationState = .new, terms: [TermHint] = [],
                line: Int? = nil, rawSource: String? = nil, rawTarget: String? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.terms = terms
        self.line = line
        self.rawSource = rawSource
        self.rawTarget = rawTarget
    }
}

/// A translation file Bitext cannot read, with the file, the line (and column), the unit and
/// segment when known, what is wrong and what to do.
public struct InterchangeError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The unit (and segment) id, as `unit` or `unit/segment`, when the problem is in one.
    public var unit: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, unit: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.unit = unit
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        if let unit { place += " (unit \(unit))" }
        return "\(place): \(message)"
    }
}
